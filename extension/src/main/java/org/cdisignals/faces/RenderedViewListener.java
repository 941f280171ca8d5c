package org.cdisignals.faces;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import org.cdisignals.spi.TemplateEmitter;
import org.cdisignals.test.TemplateRendered;

/**
 * Sends {@link TemplateRendered} on each {@link PreRenderViewEvent}, when a Faces view has been built and is about to
 * render: {@code template} is the view id ({@code /faces-hello.xhtml}), {@code context} a snapshot of the request
 * attributes, as for a JSP. Subscribed by {@link FacesTemplateSignals} only when instrumentation is on.
 */
public class RenderedViewListener implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIViewRoot view = (UIViewRoot) event.getSource();
        Map<String, Object> requestMap = event.getFacesContext().getExternalContext().getRequestMap();
        TemplateEmitter.rendered(view.getViewId(), () -> snapshot(requestMap));
    }

    private static Map<String, Object> snapshot(Map<String, Object> requestMap) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        requestMap.forEach((name, value) -> {
            if (value != null) {
                attributes.put(name, value);
            }
        });
        return attributes;
    }
}
