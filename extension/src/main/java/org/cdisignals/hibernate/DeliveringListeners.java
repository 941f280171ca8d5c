package org.cdisignals.hibernate;

import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * Hibernate's flush, auto-flush, persist and merge listeners, each wrapped so that the signals raised while it runs
 * its SQL are sent when it returns ({@link Deliveries}).
 */
final class DeliveringListeners {

    private DeliveringListeners() {
    }

    static final class Flush implements FlushEventListener {
        private final FlushEventListener delegate;
        private final HibernateContext context;

        Flush(FlushEventListener delegate, HibernateContext context) {
            this.delegate = delegate;
            this.context = context;
        }

        @Override
        public void onFlush(FlushEvent event) {
            if (!context.defers()) {
                delegate.onFlush(event);
                return;
            }
            context.around(event, true, () -> {
                context.replacedCollectionsLoaded(event);
                delegate.onFlush(event);
            });
        }
    }

    static final class AutoFlush implements AutoFlushEventListener {
        private final AutoFlushEventListener delegate;
        private final HibernateContext context;

        AutoFlush(AutoFlushEventListener delegate, HibernateContext context) {
            this.delegate = delegate;
            this.context = context;
        }

        @Override
        public void onAutoFlush(AutoFlushEvent event) {
            if (!context.defers()) {
                delegate.onAutoFlush(event);
                return;
            }
            context.around(event, false, () -> {
                context.replacedCollectionsLoaded(event);
                delegate.onAutoFlush(event);
            });
        }

        @Override
        public void onAutoPreFlush(EventSource source) {
            delegate.onAutoPreFlush(source);
        }
    }

    static final class Persist implements PersistEventListener {
        private final PersistEventListener delegate;
        private final HibernateContext context;

        Persist(PersistEventListener delegate, HibernateContext context) {
            this.delegate = delegate;
            this.context = context;
        }

        @Override
        public void onPersist(PersistEvent event) {
            if (context.defers()) {
                context.around(event, false, () -> delegate.onPersist(event));
            } else {
                delegate.onPersist(event);
            }
        }

        @Override
        public void onPersist(PersistEvent event, PersistContext createdAlready) {
            if (context.defers()) {
                context.around(event, false, () -> delegate.onPersist(event, createdAlready));
            } else {
                delegate.onPersist(event, createdAlready);
            }
        }
    }

    static final class Merge implements MergeEventListener {
        private final MergeEventListener delegate;
        private final HibernateContext context;

        Merge(MergeEventListener delegate, HibernateContext context) {
            this.delegate = delegate;
            this.context = context;
        }

        @Override
        public void onMerge(MergeEvent event) {
            if (context.defers()) {
                context.around(event, false, () -> delegate.onMerge(event));
            } else {
                delegate.onMerge(event);
            }
        }

        @Override
        public void onMerge(MergeEvent event, MergeContext copiedAlready) {
            if (context.defers()) {
                context.around(event, false, () -> delegate.onMerge(event, copiedAlready));
            } else {
                delegate.onMerge(event, copiedAlready);
            }
        }
    }
}
