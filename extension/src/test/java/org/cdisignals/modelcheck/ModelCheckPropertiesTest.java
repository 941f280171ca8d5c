package org.cdisignals.modelcheck;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import org.cdisignals.support.Databases;
import org.cdisignals.support.Fixture;

/**
 * Generated sequences of operations, each checked against the tables after every flush, commit, rollback and clear.
 * The number of tries is {@code modelcheck.tries} ({@link ModelCheckTries}); a failure prints the shrunk sequence
 * and its violations.
 */
@AddLifecycleHook(NeedsFlushEvents.class)
class ModelCheckPropertiesTest {

    private Fixture fixture;

    @BeforeProperty
    void start() {
        fixture = null;
    }

    @AfterProperty
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Property
    @AddLifecycleHook(ModelCheckTries.class)
    void everySignalMatchesWhatTheTablesShowWithPreObserversToo(@ForAll("operations") List<Op> ops) {
        new ModelCheck(fixture(Recorder.class, PreRecorder.class, Writers.class), true).run(ops);
    }

    @Property
    @AddLifecycleHook(ModelCheckTries.class)
    void everySignalMatchesWhatTheTablesShowWhenOnlyPostSignalsAreObserved(@ForAll("operations") List<Op> ops) {
        new ModelCheck(fixture(Recorder.class, Writers.class), false).run(ops);
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        return Sequences.operations();
    }

    /**
     * The suite's database; H2 in its legacy mode, whose {@code IDENTITY} column syntax and {@code IDENTITY()} call
     * EclipseLink 4's H2 platform still writes (the domain has database-assigned ids, the other tests do not).
     */
    static Map<String, Object> properties() {
        Map<String, Object> properties = Databases.properties();
        if (Databases.name().equals("h2")) {
            properties.put("jakarta.persistence.jdbc.url", properties.get("jakarta.persistence.jdbc.url") + ";MODE=LEGACY");
        }
        return properties;
    }

    private Fixture fixture(Class<?>... observers) {
        if (fixture == null) {
            Class<?>[] beans = java.util.Arrays.copyOf(observers, observers.length + 1);
            beans[observers.length] = Journal.class;
            fixture = Fixture.start("modelcheck", properties(), beans);
        }
        return fixture;
    }
}
