package org.cdisignals.admin.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Messages kept in the session across the redirect that follows a POST, and shown once by the next page, as Django's
 * message framework does.
 */
final class Flash {

    private static final String ATTRIBUTE = Flash.class.getName();

    /** A message and its level ({@code success} or {@code error}), which is also its CSS class. */
    record Message(String level, String text) implements Serializable {
    }

    private Flash() {
    }

    static void success(HttpServletRequest request, String text) {
        add(request, new Message("success", text));
    }

    static void error(HttpServletRequest request, String text) {
        add(request, new Message("error", text));
    }

    /** The messages waiting for the user, removed from the session. */
    @SuppressWarnings("unchecked")
    static List<Message> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return List.of();
        }
        synchronized (session) {
            List<Message> messages = (List<Message>) session.getAttribute(ATTRIBUTE);
            session.removeAttribute(ATTRIBUTE);
            return messages == null ? List.of() : messages;
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(HttpServletRequest request, Message message) {
        HttpSession session = request.getSession();
        synchronized (session) {
            List<Message> messages = (List<Message>) session.getAttribute(ATTRIBUTE);
            List<Message> updated = messages == null ? new ArrayList<>() : new ArrayList<>(messages);
            updated.add(message);
            session.setAttribute(ATTRIBUTE, updated);
        }
    }
}
