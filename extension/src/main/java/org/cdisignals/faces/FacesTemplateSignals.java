package org.cdisignals.faces;

import jakarta.faces.application.Application;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import org.cdisignals.spi.TemplateEmitter;

/**
 * Declared in the jar's {@code META-INF/faces-config.xml} for {@code PostConstructApplicationEvent}: once the Faces
 * application is built, subscribes a {@link RenderedViewListener} to every view's {@link PreRenderViewEvent} when
 * template instrumentation is on (context parameter or system property
 * {@code org.cdisignals.templates.instrument=true}, as for JSPs). Off by default: then nothing is subscribed and
 * rendering costs nothing more.
 */
public class FacesTemplateSignals implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        String parameter = event.getFacesContext().getExternalContext().getInitParameter(TemplateEmitter.INSTRUMENT);
        if (TemplateEmitter.instrumented(parameter)) {
            ((Application) event.getSource()).subscribeToEvent(PreRenderViewEvent.class, new RenderedViewListener());
        }
    }
}
