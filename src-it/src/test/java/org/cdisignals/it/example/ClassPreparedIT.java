package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code ClassPrepared}: once per entity of the {@code polls} unit, before any other signal of that entity (needs the
 * provider adapter: JPA callbacks see no metamodel). The class deploys its own copy of the WAR, so the log starts
 * with the deployment.
 */
class ClassPreparedIT extends ExampleDeployment {

    private static final List<String> ENTITIES = List.of("Question", "Choice", "Pizza", "Topping");

    @Test
    void eachEntityIsPreparedOnceForThePollsUnitBeforeAnyOfItsSignals() {
        long pizza = client.post(201, "api/pizzas", "name", unique("Hawaii")).id();
        long ham = client.post(201, "api/toppings", "name", unique("ham")).id();
        client.post(200, "api/pizzas/" + pizza + "/toppings/add", "topping", ham);
        long question = client.post(201, "api/questions", "text", unique("Ready?"), "choice", "Yes").id();
        client.get("api/questions/" + question);

        List<String> log = client.signals();
        assertEquals(ENTITIES.size(), countStarting(log, "class_prepared "), log::toString);
        for (String entity : ENTITIES) {
            String prepared = "class_prepared " + entity + " using=polls";
            assertEquals(1, count(log, prepared), () -> prepared + " in " + log);
            int first = firstOtherSignalOf(log, entity);
            assertTrue(first > log.indexOf(prepared), () -> prepared + " after another signal of it: " + log);
        }
    }

    private static int firstOtherSignalOf(List<String> log, String entity) {
        for (int i = 0; i < log.size(); i++) {
            String line = log.get(i);
            if (!line.startsWith("class_prepared ")
                    && (line.contains(" " + entity + "[") || line.endsWith(" " + entity))) {
                return i;
            }
        }
        throw new AssertionError("No signal of " + entity + " in " + log);
    }
}
