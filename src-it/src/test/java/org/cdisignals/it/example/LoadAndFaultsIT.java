package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cdisignals.it.servers.PreparePostgreSQL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The example under load on PostgreSQL while the server's database sessions are ended under it (profile
 * {@code postgresql-load}: the server's default datasource is PostgreSQL, see {@code PreparePostgreSQL}).
 *
 * <p>{@value #CLIENTS} clients, each with questions and a pizza of its own, create, rename and delete questions and
 * add, remove and clear toppings, while some saves are vetoed (a question about spam: 422) and some roll back on
 * purpose ({@code /api/questions/rollback}: 500). The run is bounded: at most {@value #REQUEST_BUDGET} requests and
 * {@value #LOAD_SECONDS} s, whichever ends first. Twice during the run, at a third and at two thirds of the budget, the
 * test ends every session of the server's pool ({@code pg_terminate_backend}, waiting until each has exited), found by
 * the pool's {@code ApplicationName}.
 *
 * <p>Afterwards, comparing the signal log with the rows:
 * <ul>
 *   <li>every question save the server committed (a create or a rename answered 201/200) has exactly one
 *       {@code after_commit} line with its text and {@code created} flag, every vetoed, rolled-back or failed save
 *       none, and there is no other {@code after_commit} line; a deliberate rollback has its one {@code post_save}
 *       and one {@code after_rollback}, a veto its one {@code rejected};</li>
 *   <li>the rows are exactly what the answered requests committed: the questions with their last texts and two
 *       choices each, no choice without its question, no vetoed or rolled-back text, each pizza's toppings (a
 *       question or pizza whose request failed is touched no more; its rows tell whether the failed request
 *       committed);</li>
 *   <li>every answer is the one its request asks for (201/200, 422 for a veto, the deliberate 500 for a rollback),
 *       except a <em>fault</em>: a 5xx or a broken connection, acceptable only for a request in flight while a kill
 *       ran (sent before the last ended session had exited, answered after the kill began), and no more of them than
 *       sessions ended. A fault's transaction either committed nothing (no row changed, no {@code after_commit}) or
 *       is <em>in doubt</em>: its session ended during the commit itself, after PostgreSQL had made it durable and
 *       before the server read the answer, so the server took it for a rollback. Then its change is in the rows and
 *       its observers were told what the server was told: no {@code after_commit}, one {@code after_rollback} (for a
 *       question save). In-doubt commits are counted apart in the summary;</li>
 *   <li>the server still serves after the kills: requests sent after the last kill succeed, and a final create and
 *       rename commit with their {@code after_commit}.</li>
 * </ul>
 * One summary line per server goes to standard output and to {@code target/failsafe-reports/<server>-postgresql/
 * load-summary.txt}, followed by the requests committed in doubt. An execution that names no database (any other than
 * the profile's) skips the class.
 */
@EnabledIfSystemProperty(named = "load.jdbc.url", matches = ".+")
class LoadAndFaultsIT extends ExampleDeployment {

    static final int CLIENTS = 16;
    static final int REQUEST_BUDGET = 2400;
    static final int LOAD_SECONDS = 60;
    private static final int KILLS = 2;
    private static final int TOPPINGS = 6;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private static final String LAUNCH = System.getProperty("arquillian.launch", "server");
    private static final String DELIBERATE = "Rolled back on purpose";

    /** What a request does, and so which answer it asks for. */
    enum Kind {
        CREATE(201), RENAME(200), DELETE(200), VETO_CREATE(422), VETO_RENAME(422), ROLLBACK(500),
        TOPPINGS_ADD(200), TOPPINGS_REMOVE(200), TOPPINGS_CLEAR(200);

        final int expected;

        Kind(int expected) {
            this.expected = expected;
        }
    }

    /** One request and its answer; {@code status} -1 for a broken or timed-out connection. */
    record Call(int client, Kind kind, String path, int status, String body, long sent, long received) {

        boolean asExpected() {
            return status == kind.expected && (kind != Kind.ROLLBACK || body.contains(DELIBERATE));
        }

        boolean fault() {
            return !asExpected() && (status < 0 || status / 100 == 5);
        }

        boolean overlaps(Kill kill) {
            return sent <= kill.end && received >= kill.start;
        }

        @Override
        public String toString() {
            return "client " + client + " " + kind + " " + path + " -> " + status + " " + abbreviate(body);
        }
    }

    /** A question save the load asked for: its text, whether it creates, the call, the question (for a rename). */
    record Save(String text, boolean created, Call call, long questionId) {
    }

    /** One round of ended sessions. */
    record Kill(long start, long end, int terminated) {
    }

    /** A question a client owns; once a request on it failed, it is retired: its rows then tell what committed. */
    static final class Owned {
        final long id;
        String text;
        boolean retired;
        /** The rename or delete that failed: the text it asked for, or {@code null} for a delete. */
        Call failed;
        String failedText;

        Owned(long id, String text) {
            this.id = id;
            this.text = text;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Save> saves = Collections.synchronizedList(new ArrayList<>());
    private final List<Kill> kills = Collections.synchronizedList(new ArrayList<>());
    /** What the clients found wrong while the load ran (an answer that contradicts the request, say). */
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    /**
     * Faults whose change is in the database all the same: the session ended while it committed, after PostgreSQL
     * had made the commit durable and before the server read the answer, so the server took it for a rollback.
     */
    private final List<String> inDoubt = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger budget = new AtomicInteger(REQUEST_BUDGET);
    private final AtomicInteger answered = new AtomicInteger();
    private URI root;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void underLoadWithEndedSessionsEveryCommittedSaveHasOneAfterCommitAndNothingElseDoes() throws Exception {
        root = URI.create(base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/");
        List<Long> toppings = new ArrayList<>();
        for (int i = 0; i < TOPPINGS; i++) {
            toppings.add(client.post(201, "api/toppings", "name", "topping " + i).id());
        }
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new Client(i, client.post(201, "api/pizzas", "name", "pizza " + i).id(), toppings));
        }

        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<?>> running = new ArrayList<>();
        for (Client c : clients) {
            running.add(pool.submit(() -> c.run(deadline)));
        }
        Future<?> killer = pool.submit(() -> {
            killSessions(deadline, started);
            return null;
        });
        for (Future<?> f : running) {
            f.get(LOAD_SECONDS + 60, TimeUnit.SECONDS);
        }
        killer.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        // The server still serves: a create and a rename after the run commit, each with its after_commit.
        Client probe = new Client(CLIENTS, clients.get(0).pizza, toppings);
        Owned probed = probe.create();
        assertTrue(probed != null, () -> "the final create failed: " + last(probe.client));
        assertTrue(probe.rename(probed), () -> "the final rename failed: " + last(probe.client));
        List<String> log = client.signals();

        String verdict = verdict(clients, probe, log);
        String summary = summary(seconds, log) + (verdict.isEmpty() ? "" : " FAILED");
        System.out.println(summary);
        Path report = Path.of("target/failsafe-reports/" + LAUNCH + "-postgresql");
        Files.createDirectories(report);
        Files.writeString(report.resolve("load-summary.txt"), summary + "\n" + String.join("\n", inDoubt.stream()
                .map(d -> "in doubt: " + d).toList()) + "\n" + verdict, StandardCharsets.UTF_8);
        assertTrue(verdict.isEmpty(), () -> summary + "\n" + verdict);
    }

    /** Ends the server's sessions at a third and two thirds of the budget (or of the time), waiting for each exit. */
    private void killSessions(long deadline, long started) throws SQLException, InterruptedException {
        long span = deadline - started;
        for (int k = 1; k <= KILLS; k++) {
            int due = REQUEST_BUDGET * k / (KILLS + 1);
            long dueAt = started + span * k / (KILLS + 1);
            while (answered.get() < due && System.nanoTime() < dueAt) {
                Thread.sleep(10);
            }
            if (budget.get() <= 0 || System.nanoTime() >= deadline) {
                return;
            }
            try (Connection db = database();
                 PreparedStatement terminate = db.prepareStatement("SELECT count(*) FILTER (WHERE "
                         + "pg_terminate_backend(pid, 10000)) FROM pg_stat_activity WHERE datname = current_database()"
                         + " AND application_name = ? AND pid <> pg_backend_pid()")) {
                terminate.setString(1, PreparePostgreSQL.applicationName(LAUNCH));
                long start = System.nanoTime();
                int terminated;
                try (ResultSet rs = terminate.executeQuery()) {
                    rs.next();
                    terminated = rs.getInt(1);
                }
                kills.add(new Kill(start, System.nanoTime(), terminated));
            }
        }
    }

    /** One client: its own questions and pizza, a reproducible mix of requests. */
    final class Client {

        final int client;
        final long pizza;
        final List<Long> toppings;
        final Random random;
        final List<Owned> owned = new ArrayList<>();
        final Set<Long> onPizza = new TreeSet<>();
        /** The toppings change that failed, and what it asked for; then {@link #onPizza} is the state before it. */
        Call pizzaFailed;
        Set<Long> pizzaIntended;
        int sequence;

        Client(int client, long pizza, List<Long> toppings) {
            this.client = client;
            this.pizza = pizza;
            this.toppings = toppings;
            this.random = new Random(7919L * client + 1);
        }

        void run(long deadline) {
            while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                step();
                answered.incrementAndGet();
            }
        }

        private void step() {
            int r = random.nextInt(100);
            List<Owned> live = owned.stream().filter(o -> !o.retired).toList();
            Owned some = live.isEmpty() ? null : live.get(random.nextInt(live.size()));
            if (r < 24 || some == null && r < 50) {
                create();
            } else if (r < 42) {
                rename(some);
            } else if (r < 50) {
                delete(some);
            } else if (r < 56) {
                vetoCreate();
            } else if (r < 60) {
                vetoRename(some);
            } else if (r < 68) {
                rollback();
            } else if (pizzaFailed != null) {
                create();
            } else if (r < 80) {
                changeToppings(Kind.TOPPINGS_ADD);
            } else if (r < 92) {
                changeToppings(Kind.TOPPINGS_REMOVE);
            } else {
                changeToppings(Kind.TOPPINGS_CLEAR);
            }
        }

        private String text(String what) {
            return LAUNCH + " c" + client + " n" + (sequence++) + " " + what;
        }

        Owned create() {
            String text = text("asked");
            Call call = send(Kind.CREATE, "api/questions", "text", text, "choice", "yes", "choice", "no");
            saves.add(new Save(text, true, call, -1));
            if (!call.asExpected()) {
                return null;
            }
            Owned question = new Owned(new ExampleClient.Response(call.status(), call.body()).id(), text);
            owned.add(question);
            return question;
        }

        boolean rename(Owned question) {
            String text = text("renamed");
            Call call = send(Kind.RENAME, "api/questions/" + question.id + "/text", "text", text);
            saves.add(new Save(text, false, call, question.id));
            if (call.asExpected()) {
                question.text = text;
                return true;
            }
            retire(question, call, text);
            return false;
        }

        void delete(Owned question) {
            Call call = send(Kind.DELETE, "api/questions/" + question.id + "/delete");
            if (call.asExpected()) {
                owned.remove(question);
            } else {
                retire(question, call, null);
            }
        }

        void vetoCreate() {
            String text = text("about spam");
            saves.add(new Save(text, true, send(Kind.VETO_CREATE, "api/questions", "text", text, "choice", "yes"), -1));
        }

        void vetoRename(Owned question) {
            if (question == null) {
                vetoCreate();
                return;
            }
            String text = text("spam again");
            Call call = send(Kind.VETO_RENAME, "api/questions/" + question.id + "/text", "text", text);
            saves.add(new Save(text, false, call, question.id));
            if (!call.asExpected()) {
                retire(question, call, text);
            }
        }

        void rollback() {
            String text = text("rolled back");
            saves.add(new Save(text, true, send(Kind.ROLLBACK, "api/questions/rollback", "text", text), -1));
        }

        void changeToppings(Kind kind) {
            Set<Long> expected = new TreeSet<>(onPizza);
            List<Object> params = new ArrayList<>();
            if (kind != Kind.TOPPINGS_CLEAR) {
                for (int i = 1 + random.nextInt(2); i > 0; i--) {
                    long topping = toppings.get(random.nextInt(toppings.size()));
                    params.add("topping");
                    params.add(topping);
                    if (kind == Kind.TOPPINGS_ADD) {
                        expected.add(topping);
                    } else {
                        expected.remove(topping);
                    }
                }
            } else {
                expected.clear();
            }
            String action = kind == Kind.TOPPINGS_ADD ? "add" : kind == Kind.TOPPINGS_REMOVE ? "remove" : "clear";
            Call call = send(kind, "api/pizzas/" + pizza + "/toppings/" + action, params.toArray());
            if (call.asExpected()) {
                Set<Long> answeredToppings = toppingsOf(call.body());
                if (!answeredToppings.equals(expected)) {
                    problems.add("wrong toppings: " + call + ", expected " + expected);
                }
                onPizza.clear();
                onPizza.addAll(answeredToppings);
                return;
            }
            // Whether it committed, the rows say at the end. The pizza is changed no more: reading it back through the
            // server would not tell, because after a commit in doubt EclipseLink's shared cache keeps the state the
            // server believes (rolled back), and a later change of the same rows then fails on a duplicate key.
            pizzaFailed = call;
            pizzaIntended = expected;
        }

        private void retire(Owned question, Call call, String text) {
            question.retired = true;
            question.failed = call;
            question.failedText = text;
        }

        private Call send(Kind kind, String path, Object... params) {
            HttpRequest.Builder request = Http.formPost(root.resolve(path), List.of(params));
            long sent = System.nanoTime();
            int status;
            String body;
            try {
                HttpResponse<String> response = http.send(request.timeout(REQUEST_TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = response.statusCode();
                body = response.body();
            } catch (IOException e) {
                status = -1;
                body = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Call call = new Call(client, kind, path, status, body, sent, System.nanoTime());
            calls.add(call);
            return call;
        }
    }

    /** Everything that is wrong, one line each; empty when the run passed. */
    private String verdict(List<Client> clients, Client probe, List<String> log) throws SQLException {
        List<String> wrong = new ArrayList<>(problems);
        Map<Long, String> rows = new HashMap<>();
        Map<Long, Integer> choices = new HashMap<>();
        int orphanChoices;
        Map<Long, Set<Long>> pizzaToppings = new HashMap<>();
        try (Connection db = database(); Statement query = db.createStatement()) {
            try (ResultSet rs = query.executeQuery("SELECT id, questiontext FROM question")) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), rs.getString(2));
                }
            }
            try (ResultSet rs = query.executeQuery("SELECT question_id, count(*) FROM choice GROUP BY question_id")) {
                while (rs.next()) {
                    choices.put(rs.getLong(1), rs.getInt(2));
                }
            }
            try (ResultSet rs = query.executeQuery("SELECT count(*) FROM choice c WHERE c.question_id IS NULL"
                    + " OR NOT EXISTS (SELECT 1 FROM question q WHERE q.id = c.question_id)")) {
                rs.next();
                orphanChoices = rs.getInt(1);
            }
            // The pizza's column is pizzas_id on Hibernate (named after the inverse side), pizza_id on EclipseLink.
            try (ResultSet rs = query.executeQuery("SELECT * FROM pizza_topping")) {
                int pizzaColumn = rs.getMetaData().getColumnName(1).equalsIgnoreCase("toppings_id") ? 2 : 1;
                while (rs.next()) {
                    pizzaToppings.computeIfAbsent(rs.getLong(pizzaColumn), id -> new TreeSet<>())
                            .add(rs.getLong(3 - pizzaColumn));
                }
            }
        }
        Map<String, Long> rowByText = rows.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));

        Map<Long, String> inDoubtRows = new HashMap<>();
        // Which saves committed: an answered one did; a vetoed or rolled-back one did not; after a fault, the rows say.
        Map<String, Boolean> committed = new HashMap<>();
        synchronized (saves) {
            for (Save save : saves) {
                boolean didCommit;
                if (save.call().asExpected()) {
                    didCommit = save.call().kind() == Kind.CREATE || save.call().kind() == Kind.RENAME;
                } else if (save.created()) {
                    didCommit = rowByText.containsKey(save.text());
                } else {
                    didCommit = save.text().equals(rows.get(save.questionId()));
                }
                committed.put(save.text(), didCommit && save.call().asExpected());
                if (didCommit && !save.call().asExpected()) {
                    // In doubt: the server took it for a rollback, so its observers must have been told so.
                    inDoubt.add(save.call() + " (its text is in the database)");
                    if (count(log, "after_rollback Question[" + save.text() + "] created=" + save.created()) != 1) {
                        wrong.add("no single after_rollback for " + save.call() + ", committed in doubt");
                    }
                    if (save.created()) {
                        inDoubtRows.put(rowByText.get(save.text()), save.text());
                    }
                }
            }
        }

        // after_commit: exactly one per committed save, with its created flag; none for anything else.
        Map<String, Long> afterCommits = log.stream().filter(l -> l.startsWith("after_commit "))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long expectedAfterCommits = 0;
        synchronized (saves) {
            for (Save save : saves) {
                String line = "after_commit Question[" + save.text() + "] created=" + save.created();
                long seen = afterCommits.getOrDefault(line, 0L);
                long expected = committed.get(save.text()) ? 1 : 0;
                expectedAfterCommits += expected;
                if (seen != expected) {
                    wrong.add("after_commit for " + save.call() + ": " + seen + " lines, expected " + expected);
                }
                if (save.call().kind() == Kind.VETO_CREATE || save.call().kind() == Kind.VETO_RENAME) {
                    if (save.call().asExpected() && count(log, "rejected Question[" + save.text() + "]") != 1) {
                        wrong.add("no single 'rejected' line for " + save.call());
                    }
                }
                if (save.call().kind() == Kind.ROLLBACK && save.call().asExpected()) {
                    if (countStarting(log, "post_save Question[" + save.text() + "] created=true") != 1) {
                        wrong.add("no single post_save for the rolled-back " + save.call());
                    }
                    if (count(log, "after_rollback Question[" + save.text() + "] created=true") != 1) {
                        wrong.add("no single after_rollback for the rolled-back " + save.call());
                    }
                }
            }
        }
        long afterCommitLines = afterCommits.values().stream().mapToLong(Long::longValue).sum();
        if (afterCommitLines != expectedAfterCommits) {
            wrong.add(afterCommitLines + " after_commit lines in the log, expected " + expectedAfterCommits);
        }

        // The rows: exactly the questions the clients hold (with their texts), two choices each, and the toppings.
        Map<Long, String> expectedRows = new HashMap<>();
        for (Client c : clients) {
            for (Owned q : c.owned) {
                if (!q.retired) {
                    expectedRows.put(q.id, q.text);
                } else if (q.failedText == null) {
                    if (!rows.containsKey(q.id)) {
                        inDoubt.add(q.failed + " (the question is gone)");
                    } else {
                        expectedRows.put(q.id, q.text);
                    }
                } else {
                    expectedRows.put(q.id, q.failedText.equals(rows.get(q.id)) ? q.failedText : q.text);
                }
            }
            Set<Long> stored = pizzaToppings.getOrDefault(c.pizza, Set.of());
            if (c.pizzaFailed != null && !stored.equals(c.onPizza) && stored.equals(c.pizzaIntended)) {
                inDoubt.add(c.pizzaFailed + " (the pizza's toppings are " + stored + ")");
            } else if (!stored.equals(c.onPizza)) {
                wrong.add("pizza " + c.pizza + " has toppings " + pizzaToppings.getOrDefault(c.pizza, Set.of())
                        + " in the database, its client " + c.client + " was answered " + c.onPizza);
            }
        }
        for (Owned q : probe.owned) {
            expectedRows.put(q.id, q.text);
        }
        expectedRows.putAll(inDoubtRows);
        if (!rows.equals(expectedRows)) {
            Set<Long> ids = new TreeSet<>(rows.keySet());
            ids.addAll(expectedRows.keySet());
            ids.stream().filter(id -> !String.valueOf(rows.get(id)).equals(String.valueOf(expectedRows.get(id))))
                    .limit(20).forEach(id -> wrong.add("question " + id + " is " + rows.get(id)
                            + " in the database, expected " + expectedRows.get(id)));
        }
        rows.forEach((id, text) -> {
            if (choices.getOrDefault(id, 0) != 2) {
                wrong.add("question " + id + " has " + choices.getOrDefault(id, 0) + " choices, expected 2");
            }
        });
        if (orphanChoices != 0) {
            wrong.add(orphanChoices + " choices without their question");
        }

        // The answers: as asked, or a fault in flight during a kill that committed nothing; no more faults than ended
        // sessions; after the last kill the server answered.
        List<Call> all;
        synchronized (calls) {
            all = List.copyOf(calls);
        }
        int terminated = kills.stream().mapToInt(Kill::terminated).sum();
        List<Call> faults = all.stream().filter(Call::fault).toList();
        for (Call call : all) {
            if (call.asExpected()) {
                continue;
            }
            if (!call.fault()) {
                wrong.add("wrong answer: " + call);
            } else if (kills.stream().noneMatch(call::overlaps)) {
                wrong.add("fault outside every kill: " + call);
            }
        }
        if (faults.size() > terminated) {
            wrong.add(faults.size() + " faults, more than the " + terminated + " sessions ended");
        }
        if (kills.size() != KILLS || kills.stream().anyMatch(k -> k.terminated() == 0)) {
            wrong.add("kills: " + kills + ", expected " + KILLS + " that each ended a session");
        } else {
            long last = kills.get(kills.size() - 1).end();
            long servedAfter = all.stream().filter(c -> c.sent() > last && c.asExpected()).count();
            if (servedAfter == 0) {
                wrong.add("no request sent after the last kill succeeded");
            }
        }
        return String.join("\n", wrong);
    }

    private String summary(double seconds, List<String> log) {
        List<Call> all;
        synchronized (calls) {
            all = List.copyOf(calls);
        }
        Map<Kind, Long> ok = all.stream().filter(Call::asExpected)
                .collect(Collectors.groupingBy(Call::kind, Collectors.counting()));
        long commits = ok.getOrDefault(Kind.CREATE, 0L) + ok.getOrDefault(Kind.RENAME, 0L)
                + ok.getOrDefault(Kind.DELETE, 0L) + ok.getOrDefault(Kind.TOPPINGS_ADD, 0L)
                + ok.getOrDefault(Kind.TOPPINGS_REMOVE, 0L) + ok.getOrDefault(Kind.TOPPINGS_CLEAR, 0L);
        long faults = all.stream().filter(Call::fault).count();
        long inKills = all.stream().filter(c -> c.fault() && kills.stream().anyMatch(c::overlaps)).count();
        int doubtful = inDoubt.size();
        long wrong = all.stream().filter(c -> !c.asExpected() && !c.fault()).count();
        long last = kills.isEmpty() ? Long.MAX_VALUE : kills.get(kills.size() - 1).end();
        return String.format(java.util.Locale.ROOT, "[LoadAndFaultsIT] %s on PostgreSQL: %d requests in %.1f s"
                        + " (%d clients, %.0f/s), commits=%d (creates=%d renames=%d deletes=%d toppings=%d),"
                        + " vetoes=%d, rollbacks=%d, after_commit signals=%d, kills=%d ending %s sessions,"
                        + " errors=%d (5xx or broken: %d in flight during a kill, of them %d committed in doubt; %d other;"
                        + " wrong answers=%d),"
                        + " served after the last kill=%d",
                LAUNCH, all.size(), seconds, CLIENTS, all.size() / seconds, commits,
                ok.getOrDefault(Kind.CREATE, 0L), ok.getOrDefault(Kind.RENAME, 0L), ok.getOrDefault(Kind.DELETE, 0L),
                ok.getOrDefault(Kind.TOPPINGS_ADD, 0L) + ok.getOrDefault(Kind.TOPPINGS_REMOVE, 0L)
                        + ok.getOrDefault(Kind.TOPPINGS_CLEAR, 0L),
                ok.getOrDefault(Kind.VETO_CREATE, 0L) + ok.getOrDefault(Kind.VETO_RENAME, 0L),
                ok.getOrDefault(Kind.ROLLBACK, 0L), countStarting(log, "after_commit "), kills.size(),
                kills.stream().map(k -> String.valueOf(k.terminated())).collect(Collectors.joining("+")),
                faults + wrong, inKills, doubtful, faults - inKills, wrong, all.stream().filter(c -> c.sent() > last && c.asExpected()).count());
    }

    private Call last(int clientId) {
        synchronized (calls) {
            for (int i = calls.size() - 1; i >= 0; i--) {
                if (calls.get(i).client() == clientId) {
                    return calls.get(i);
                }
            }
        }
        return null;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("load.jdbc.url") + "?ApplicationName=cdisignals-load-test"
                + "&currentSchema=" + System.getProperty("load.db.schema"), System.getProperty("load.db.user"),
                System.getProperty("load.db.password"));
    }

    private static Set<Long> toppingsOf(String pizzaJson) {
        List<Long> ids = new ExampleClient.Response(200, pizzaJson).ids();
        return new TreeSet<>(ids.subList(1, ids.size()));
    }

    private static String abbreviate(String body) {
        String flat = body.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
