package org.cdisignals.modelcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cdisignals.model.M2MChanged;
import org.cdisignals.model.M2MChanged.Action;
import org.cdisignals.model.PostDelete;
import org.cdisignals.model.PostInit;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreDelete;
import org.cdisignals.model.PreInit;
import org.cdisignals.model.PreSave;
import org.cdisignals.modelcheck.domain.Book;
import org.cdisignals.modelcheck.domain.Shelf;
import org.cdisignals.modelcheck.domain.Tag;

/**
 * The rules: the signals of an interval (between two moments the check reads the tables) against what the tables
 * show changed in it. The tables are the truth; the check never predicts what an operation should do.
 */
final class Check {

    private final boolean preObserved;
    private final List<String> violations = new ArrayList<>();
    // Across the transaction: a Pre* may come in an earlier interval than its Post* (PreSave at persist()).
    private final Map<Object, Integer> pendingPreSaves = new IdentityHashMap<>();
    private final Map<Object, Integer> pendingPreDeletes = new IdentityHashMap<>();
    private final Map<Class<?>, Integer> pendingPreInits = new HashMap<>();

    Check(boolean preObserved) {
        this.preObserved = preObserved;
    }

    /** The rules over one interval that ended with the flush's SQL visible in {@code after}. */
    void interval(Tables.Snapshot before, Tables.Snapshot after, List<Object> events, Map<Object, Object> origins,
                  Map<Object, Object> formerParents) {
        lifecycle(events, true);
        rows(before, after, events);
        deletions(events, origins, formerParents);
        joinTable(Tables.BOOK_TAGS, "tags", before, after, events);
        joinTable(Tables.BOOK_RELATED, "related", before, after, events);
        m2mPairs(events, true);
        audits(before, after, events);
    }

    /** A flush that failed: it may have sent {@code Pre*}, but nothing after SQL that is rolled back. */
    void failedFlush(List<Object> events) {
        lifecycle(events, false);
        for (Object event : events) {
            if (event instanceof PostSave<?> || event instanceof PostDelete<?>
                    || event instanceof M2MChanged<?> m && m.action().name().startsWith("POST")) {
                violations.add("a flush that failed sent " + event);
            }
        }
        m2mPairs(events, false);
    }

    /** Anything sent while nothing reached the database (a clear, a rollback): nothing may be. */
    void nothingWritten(String moment, List<Object> events) {
        lifecycle(events, false);
        for (Object event : events) {
            if (!(event instanceof PreInit<?>) && !(event instanceof PostInit<?>)) {
                violations.add(moment + " sent " + event);
            }
        }
    }

    void same(String moment, Tables.Snapshot expected, Tables.Snapshot actual) {
        if (!expected.equals(actual)) {
            violations.add(moment + ": the tables changed: " + expected + " -> " + actual);
        }
    }

    /**
     * The transaction ended: every {@code PreInit} it sent had its {@code PostInit}. (A {@code PreSave} or
     * {@code PreDelete} may have none: the application may remove what it persisted before any SQL.)
     */
    void transactionEnded(boolean committed) {
        if (committed) {
            pendingPreInits.forEach((type, count) -> {
                if (count > 0 && Limits.initPairs()) {
                    violations.add(count + " PreInit<" + type.getSimpleName() + "> without a PostInit");
                }
            });
        }
        pendingPreSaves.clear();
        pendingPreDeletes.clear();
        pendingPreInits.clear();
    }

    List<String> violations() {
        return violations;
    }

    private void lifecycle(List<Object> events, boolean delivered) {
        for (Object event : events) {
            if (event instanceof PreInit<?> e) {
                pendingPreInits.merge(e.sender(), 1, Integer::sum);
            } else if (event instanceof PostInit<?> e) {
                int pending = pendingPreInits.getOrDefault(e.instance().getClass(), 0);
                if (pending == 0 && Limits.initPairs()) {
                    violations.add(event + " without a PreInit before it");
                }
                pendingPreInits.put(e.instance().getClass(), Math.max(0, pending - 1));
            } else if (event instanceof PreSave<?> e) {
                pendingPreSaves.merge(e.instance(), 1, Integer::sum);
            } else if (event instanceof PreDelete<?> e) {
                pendingPreDeletes.merge(e.instance(), 1, Integer::sum);
            } else if (event instanceof PostSave<?> e && preObserved) {
                if (pendingPreSaves.merge(e.instance(), -1, Integer::sum) < 0) {
                    violations.add(event + " without a PreSave before it");
                }
            } else if (event instanceof PostDelete<?> e && preObserved) {
                if (pendingPreDeletes.merge(e.instance(), -1, Integer::sum) < 0) {
                    violations.add(event + " without a PreDelete before it");
                }
            }
        }
    }

    /** Inserted, deleted and updated entity rows against PostSave and PostDelete. */
    private void rows(Tables.Snapshot before, Tables.Snapshot after, List<Object> events) {
        Map<String, List<Object>> byRow = new TreeMap<>();
        for (Object event : events) {
            Object instance = event instanceof PostSave<?> s ? s.instance()
                    : event instanceof PostDelete<?> d ? d.instance() : null;
            if (instance == null) {
                continue;
            }
            if (Ids.of(instance) == null) {
                violations.add(event + " is about an entity without an id");
                continue;
            }
            byRow.computeIfAbsent(Ids.key(instance), k -> new ArrayList<>()).add(event);
        }
        Set<String> keys = new TreeSet<>(byRow.keySet());
        for (Tables.Table table : List.of(Tables.SHELF, Tables.BOOK, Tables.TAG, Tables.AUDIT)) {
            before.of(table).keySet().forEach(id -> keys.add(table.name() + "#" + id));
            after.of(table).keySet().forEach(id -> keys.add(table.name() + "#" + id));
        }
        for (String key : keys) {
            String table = key.substring(0, key.indexOf('#'));
            String id = key.substring(key.indexOf('#') + 1);
            Tables.Table root = Tables.ALL.stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow();
            List<Object> rowEvents = byRow.getOrDefault(key, List.of());
            long created = rowEvents.stream().filter(e -> e instanceof PostSave<?> s && s.created()).count();
            long deleted = rowEvents.stream().filter(e -> e instanceof PostDelete<?>).count();
            List<PostSave<?>> updates = rowEvents.stream().filter(e -> e instanceof PostSave<?> s && !s.created())
                    .<PostSave<?>>map(e -> (PostSave<?>) e).toList();
            boolean was = before.of(root).containsKey(id);
            boolean is = after.of(root).containsKey(id);
            long expected = (is ? 1 : 0) - (was ? 1 : 0);
            if (created - deleted != expected || !was && is && created != 1 || was && !is && deleted != 1) {
                violations.add(key + (was ? " was there" : " was not there") + (is ? " and is" : " and is not")
                        + ", but the signals were " + rowEvents);
                continue;
            }
            if (was && is && created == 0) {
                Set<String> changed = changedAttributes(root, id, before, after);
                Set<String> reported = new TreeSet<>();
                updates.forEach(u -> {
                    if (u.updateFields() == null) {
                        violations.add(u + " does not say what it wrote");
                    } else {
                        reported.addAll(u.updateFields());
                    }
                });
                if (!changed.equals(reported) || changed.isEmpty() != updates.isEmpty()) {
                    violations.add(key + " changed " + changed + ", but the signals were " + rowEvents);
                }
            }
        }
    }

    private static Set<String> changedAttributes(Tables.Table root, String id, Tables.Snapshot before,
                                                 Tables.Snapshot after) {
        Set<String> changed = new TreeSet<>();
        List<Tables.Table> tables = root == Tables.BOOK ? List.of(Tables.BOOK, Tables.EBOOK) : List.of(root);
        for (Tables.Table table : tables) {
            Map<String, String> was = before.of(table).getOrDefault(id, Map.of());
            Map<String, String> is = after.of(table).getOrDefault(id, Map.of());
            table.attributes().forEach((column, attribute) -> {
                if (!Objects.equals(was.get(column), is.get(column))) {
                    changed.add(attribute);
                }
            });
        }
        return changed;
    }

    /** Every PostDelete carries the entity the application removed. */
    private void deletions(List<Object> events, Map<Object, Object> origins, Map<Object, Object> formerParents) {
        for (Object event : events) {
            Object instance = event instanceof PostDelete<?> e ? e.instance()
                    : event instanceof PreDelete<?> e ? e.instance() : null;
            Object origin = event instanceof PostDelete<?> e ? e.origin()
                    : event instanceof PreDelete<?> e ? e.origin() : null;
            if (instance == null) {
                continue;
            }
            Object expected = origins.getOrDefault(instance, instance);
            boolean parentRemoved = !Limits.orphanIsItsOwnOriginWhenItsParentIsRemoved()
                    && formerParents.get(instance) == origin && origins.get(origin) == origin;
            if (origin != expected && !parentRemoved) {
                violations.add(event + ": the application removed " + expected);
            }
        }
    }

    /** The owning side's POST_* events, replayed on the join table as it was, give the join table as it is. */
    private void joinTable(Tables.Table table, String attribute, Tables.Snapshot before, Tables.Snapshot after,
                           List<Object> events) {
        Set<String> gone = new TreeSet<>();
        for (Tables.Table root : List.of(Tables.BOOK, Tables.TAG)) {
            before.of(root).keySet().stream().filter(id -> !after.of(root).containsKey(id))
                    .forEach(id -> gone.add(root.name() + "#" + id));
        }
        Set<String> pairs = new TreeSet<>(before.of(table).keySet());
        for (Object event : events) {
            if (!(event instanceof M2MChanged<?> e) || e.reverse() || !attribute.equals(e.attribute())
                    || !e.action().name().startsWith("POST")) {
                continue;
            }
            if (Limits.senderIsDeclaringClass() && e.sender() != Book.class) {
                violations.add(event + ": the association is declared by Book");
            }
            Object owner = Ids.of(e.instance());
            if (owner == null) {
                violations.add(event + " is about an owner without an id");
                continue;
            }
            switch (e.action()) {
                case POST_ADD, POST_REMOVE -> {
                    if (e.pkSet() == null || e.pkSet().isEmpty()) {
                        violations.add(event + " names no element");
                        continue;
                    }
                    for (Object pk : e.pkSet()) {
                        String pair = owner + ":" + pk;
                        boolean changed = e.action() == Action.POST_ADD ? pairs.add(pair) : pairs.remove(pair);
                        if (!changed) {
                            violations.add(event + ": " + table.name() + " " + (e.action() == Action.POST_ADD
                                    ? "already held " : "did not hold ") + pair);
                        }
                    }
                }
                case POST_CLEAR -> {
                    if (!pairs.removeIf(pair -> pair.startsWith(owner + ":"))) {
                        violations.add(event + ": " + table.name() + " held nothing for " + owner);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        String elements = table == Tables.BOOK_TAGS ? Tables.TAG.name() : Tables.BOOK.name();
        pairs.removeIf(pair -> touches(pair, gone, elements));
        Set<String> is = new TreeSet<>(after.of(table).keySet());
        if (!pairs.equals(is)) {
            violations.add(table.name() + " is " + is + ", but replaying the signals on " + before.of(table).keySet()
                    + " gives " + pairs + " (deleted with their entities: " + gone + ")");
        }
    }

    private static boolean touches(String pair, Set<String> gone, String elements) {
        String[] ids = pair.split(":");
        return gone.contains(Tables.BOOK.name() + "#" + ids[0]) || gone.contains(elements + "#" + ids[1]);
    }

    /** Every POST_* has its PRE_* before it; after SQL that ran, every PRE_* has its POST_*. */
    private void m2mPairs(List<Object> events, boolean written) {
        List<M2MChanged<?>> open = new ArrayList<>();
        for (Object event : events) {
            if (!(event instanceof M2MChanged<?> e)) {
                continue;
            }
            if (e.action().name().startsWith("PRE")) {
                open.add(e);
                continue;
            }
            M2MChanged<?> pre = open.stream().filter(p -> matches(p, e)).findFirst().orElse(null);
            if (pre == null) {
                violations.add(event + " without its PRE_* before it");
            } else {
                open.remove(pre);
            }
        }
        if (written) {
            open.forEach(pre -> violations.add(pre + " without its POST_* after the SQL"));
        }
    }

    /**
     * A {@code PRE_*} names the ids known before the SQL; its {@code POST_*} also those the database assigned to
     * elements inserted in the same flush.
     */
    private static boolean matches(M2MChanged<?> pre, M2MChanged<?> post) {
        boolean pks = pre.pkSet() == null ? post.pkSet() == null
                : post.pkSet() != null && post.pkSet().containsAll(pre.pkSet());
        return pre.instance() == post.instance() && pre.action().name().substring(4).equals(post.action().name().substring(5))
                && pre.reverse() == post.reverse() && Objects.equals(pre.attribute(), post.attribute())
                && pks && pre.sender() == post.sender();
    }

    /** What the writing observers wrote is in the audit table exactly once, with the change that caused it. */
    private void audits(Tables.Snapshot before, Tables.Snapshot after, List<Object> events) {
        List<String> expected = new ArrayList<>();
        for (Object event : events) {
            if (event instanceof PostSave<?> e && e.created() && e.instance() instanceof Shelf shelf) {
                expected.add(Writers.savedShelf(shelf.getId()));
            } else if (event instanceof PostDelete<?> e && e.instance() instanceof Shelf shelf) {
                expected.add(Writers.deletedShelf(shelf.getId()));
            } else if (event instanceof M2MChanged<?> e && e.action() == Action.POST_ADD && e.reverse()
                    && e.instance() instanceof Tag tag) {
                expected.add(Writers.taggedAudit(tag.getId(), e.pkSet().size()));
            }
        }
        List<String> written = new ArrayList<>();
        after.of(Tables.AUDIT).forEach((id, row) -> {
            if (!before.of(Tables.AUDIT).containsKey(id)) {
                written.add(row.get("SUBJECT"));
            }
        });
        Collections.sort(expected);
        Collections.sort(written);
        if (!expected.equals(written)) {
            violations.add("the observers wrote " + expected + ", the audit table got " + written);
        }
    }
}
