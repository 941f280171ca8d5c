package org.cdisignals.support;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cdisignals.model.ClassPrepared;
import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostInit;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreDelete;
import org.cdisignals.model.PreInit;
import org.cdisignals.model.PreSave;

/** Records every model signal from every sender into the {@link EventLog} as one readable line. */
@ApplicationScoped
public class RecordAll {

    @Inject
    EventLog log;

    void preInit(@Observes PreInit<?> e) {
        log.add("PreInit " + e.sender().getSimpleName());
    }

    void postInit(@Observes PostInit<?> e) {
        log.add("PostInit " + e.instance());
    }

    void preSave(@Observes PreSave<?> e) {
        log.add("PreSave " + e.instance() + flags(e.raw(), e.updateFields()));
    }

    void postSave(@Observes PostSave<?> e) {
        log.add("PostSave " + e.instance() + (e.created() ? " created" : " updated") + flags(e.raw(), e.updateFields()));
    }

    void preDelete(@Observes PreDelete<?> e) {
        log.add("PreDelete " + e.instance() + " origin=" + e.origin());
    }

    void postDelete(@Observes PostDelete<?> e) {
        log.add("PostDelete " + e.instance() + " origin=" + e.origin());
    }

    void m2m(@Observes M2MChanged<?> e) {
        log.add("M2M " + e.action() + " " + e.sender().getSimpleName() + "." + e.attribute() + " " + e.instance()
                + (e.reverse() ? " reverse" : "") + " model=" + e.model().getSimpleName()
                + " pks=" + (e.pkSet() == null ? "null" : new TreeSet<>(e.pkSet().stream().map(String::valueOf).toList())));
    }

    void classPrepared(@Observes ClassPrepared<?> e) {
        log.add("ClassPrepared " + e.sender().getSimpleName() + " using=" + e.using());
    }

    private static String flags(boolean raw, Set<String> updateFields) {
        return (raw ? " raw" : "") + (updateFields == null ? "" : " fields=" + new TreeSet<>(updateFields));
    }
}
