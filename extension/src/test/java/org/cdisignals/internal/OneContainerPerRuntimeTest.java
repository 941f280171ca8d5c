package org.cdisignals.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cdisignals.support.Fixture;
import org.cdisignals.support.RecordAll;
import org.junit.jupiter.api.Test;

/**
 * One runtime serves one application: a second container in the same class loader (two Weld SE containers at once, a
 * server-wide copy of the jar) could not tell its units' signals from the first one's, so it is refused instead of
 * receiving the other application's events, and the first keeps its own.
 */
class OneContainerPerRuntimeTest {

    @Test
    void aSecondContainerWhileTheFirstRunsIsRefusedWithACodedMessage() {
        try (Fixture first = Fixture.start(RecordAll.class)) {
            Dispatcher running = SignalsRuntime.dispatcher();

            RuntimeException refused = assertThrows(RuntimeException.class, () -> Fixture.start(RecordAll.class));

            assertTrue(String.valueOf(refused.getMessage()).contains("CDISIG-005"), refused::getMessage);
            assertTrue(running == SignalsRuntime.dispatcher(), "the first container lost its runtime");
        }
    }

    @Test
    void aContainerStartedAfterTheFirstHasShutDownRuns() {
        Fixture.start(RecordAll.class).close();

        try (Fixture second = Fixture.start(RecordAll.class)) {
            assertNotNull(SignalsRuntime.dispatcher());
        }
    }
}
