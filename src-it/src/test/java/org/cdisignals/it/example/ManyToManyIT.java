package org.cdisignals.it.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code M2MChanged} for a pizza's toppings (needs the provider adapter: JPA callbacks see no collection change). */
class ManyToManyIT extends ExampleDeployment {

    @Test
    void addingToppingsSendsPreAddThenPostAddWithTheirIds() {
        String pizza = unique("Hawaii");
        long id = client.post(201, "api/pizzas", "name", pizza).id();
        long ham = client.post(201, "api/toppings", "name", unique("ham")).id();
        long pineapple = client.post(201, "api/toppings", "name", unique("pineapple")).id();
        int before = client.signals().size();

        client.post(200, "api/pizzas/" + id + "/toppings/add", "topping", ham, "topping", pineapple);

        List<String> log = m2m(signalsSince(before), pizza);
        assertEquals(List.of("PRE_ADD " + sorted(ham, pineapple), "POST_ADD " + sorted(ham, pineapple)), log);
    }

    @Test
    void removingAToppingSendsPreRemoveThenPostRemove() {
        String pizza = unique("Hawaii");
        long id = client.post(201, "api/pizzas", "name", pizza).id();
        long ham = client.post(201, "api/toppings", "name", unique("ham")).id();
        long pineapple = client.post(201, "api/toppings", "name", unique("pineapple")).id();
        client.post(200, "api/pizzas/" + id + "/toppings/add", "topping", ham, "topping", pineapple);
        int before = client.signals().size();

        client.post(200, "api/pizzas/" + id + "/toppings/remove", "topping", pineapple);

        List<String> log = m2m(signalsSince(before), pizza);
        assertEquals(List.of("PRE_REMOVE " + sorted(pineapple), "POST_REMOVE " + sorted(pineapple)), log);
    }

    @Test
    void clearingSendsPreClearThenPostClearWithoutIds() {
        String pizza = unique("Hawaii");
        long id = client.post(201, "api/pizzas", "name", pizza).id();
        long ham = client.post(201, "api/toppings", "name", unique("ham")).id();
        client.post(200, "api/pizzas/" + id + "/toppings/add", "topping", ham);
        int before = client.signals().size();

        client.post(200, "api/pizzas/" + id + "/toppings/clear");

        List<String> log = m2m(signalsSince(before), pizza);
        assertEquals(List.of("PRE_CLEAR null", "POST_CLEAR null"), log);
    }

    @Test
    void addingAToppingAlreadyThereOrClearingAnEmptyPizzaSendsNothing() {
        String pizza = unique("Hawaii");
        long id = client.post(201, "api/pizzas", "name", pizza).id();
        long ham = client.post(201, "api/toppings", "name", unique("ham")).id();
        client.post(200, "api/pizzas/" + id + "/toppings/add", "topping", ham);
        int before = client.signals().size();

        client.post(200, "api/pizzas/" + id + "/toppings/add", "topping", ham);
        client.post(200, "api/pizzas/" + id + "/toppings/clear");
        client.post(200, "api/pizzas/" + id + "/toppings/clear");

        assertEquals(List.of("PRE_CLEAR null", "POST_CLEAR null"), m2m(signalsSince(before), pizza));
    }

    @Test
    void changingOnlyToppingsSendsNoSaveForThePizza() {
        String pizza = unique("Hawaii");
        long id = client.post(201, "api/pizzas", "name", pizza).id();
        long ham = client.post(201, "api/toppings", "name", unique("ham")).id();
        int before = client.signals().size();

        client.post(200, "api/pizzas/" + id + "/toppings/add", "topping", ham);
        client.post(200, "api/pizzas/" + id + "/toppings/clear");

        List<String> log = signalsSince(before);
        assertEquals(0, countStarting(log, "post_save Pizza[" + pizza + "]"), log::toString);
        assertEquals(4, m2m(log, pizza).size(), log::toString);
    }

    /** The m2m_changed lines for {@code pizza}'s toppings, as "ACTION [ids]" with the ids sorted (pk_set has no order). */
    private static List<String> m2m(List<String> log, String pizza) {
        String prefix = "m2m_changed ";
        String attribute = " Pizza[" + pizza + "].toppings pk_set=";
        return log.stream().filter(l -> l.startsWith(prefix) && l.contains(attribute)).map(l -> {
            String action = l.substring(prefix.length(), l.indexOf(attribute));
            String ids = l.substring(l.indexOf(attribute) + attribute.length());
            return action + " " + (ids.equals("null") ? "null" : sorted(ids));
        }).toList();
    }

    private static List<Long> sorted(String set) {
        return Arrays.stream(set.substring(1, set.length() - 1).split(",")).map(String::strip).map(Long::valueOf)
                .sorted().toList();
    }

    private static List<Long> sorted(long... ids) {
        return Arrays.stream(ids).sorted().boxed().toList();
    }
}
