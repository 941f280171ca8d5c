package org.cdisignals.example.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cdisignals.example.signals.SignalLog;

/**
 * {@code GET /demo/async}: answers from another thread after the servlet has returned, logging {@code async_done}
 * just before it completes, so the log shows that {@code request_finished} waits for the completion.
 */
@WebServlet(urlPatterns = "/demo/async", asyncSupported = true)
public class AsyncServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Long enough that a finish sent when the servlet returns would come before the work. */
    private static final long WORK_MILLIS = 300;

    @Inject
    SignalLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        AsyncContext async = request.startAsync();
        async.start(() -> {
            try {
                Thread.sleep(WORK_MILLIS);
                response.setContentType("text/plain");
                response.getWriter().write("done");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                log.record("async_done /demo/async");
                async.complete();
            }
        });
    }
}
