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
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;

/**
 * Hibernate's flush, auto-flush, persist and merge listeners, each wrapped so that the signals raised while it runs
 * its SQL are sent when it returns ({@link Deliveries}), and, with the post-load listener, so that what they send
 * reaches the unit's container ({@link HibernateContext#route()}) where several run.
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
            if (context.route().routing()) {
                context.route().run(() -> flush(event));
            } else {
                flush(event);
            }
        }

        private void flush(FlushEvent event) {
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
            if (context.route().routing()) {
                context.route().run(() -> autoFlush(event));
            } else {
                autoFlush(event);
            }
        }

        private void autoFlush(AutoFlushEvent event) {
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
            if (context.route().routing()) {
                context.route().run(() -> persist(event));
            } else {
                persist(event);
            }
        }

        private void persist(PersistEvent event) {
            if (context.defers()) {
                context.around(event, false, () -> delegate.onPersist(event));
            } else {
                delegate.onPersist(event);
            }
        }

        @Override
        public void onPersist(PersistEvent event, PersistContext createdAlready) {
            if (context.route().routing()) {
                context.route().run(() -> persist(event, createdAlready));
            } else {
                persist(event, createdAlready);
            }
        }

        private void persist(PersistEvent event, PersistContext createdAlready) {
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
            if (context.route().routing()) {
                context.route().run(() -> merge(event));
            } else {
                merge(event);
            }
        }

        private void merge(MergeEvent event) {
            if (context.defers()) {
                context.around(event, false, () -> delegate.onMerge(event));
            } else {
                delegate.onMerge(event);
            }
        }

        @Override
        public void onMerge(MergeEvent event, MergeContext copiedAlready) {
            if (context.route().routing()) {
                context.route().run(() -> merge(event, copiedAlready));
            } else {
                merge(event, copiedAlready);
            }
        }

        private void merge(MergeEvent event, MergeContext copiedAlready) {
            if (context.defers()) {
                context.around(event, false, () -> delegate.onMerge(event, copiedAlready));
            } else {
                delegate.onMerge(event, copiedAlready);
            }
        }
    }

    /** Hibernate's post-load listener, which runs {@code @PostLoad} and so the standard listener's {@code PostInit}. */
    static final class PostLoad implements PostLoadEventListener {
        private final PostLoadEventListener delegate;
        private final HibernateContext context;

        PostLoad(PostLoadEventListener delegate, HibernateContext context) {
            this.delegate = delegate;
            this.context = context;
        }

        @Override
        public void onPostLoad(PostLoadEvent event) {
            if (context.route().routing()) {
                context.route().run(() -> delegate.onPostLoad(event));
            } else {
                delegate.onPostLoad(event);
            }
        }
    }
}
