package org.cdisignals.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PollsDemoTest {

    @Test
    void theStoryShowsEveryModelSignal() {
        List<String> log = PollsDemo.run();

        for (String signal : List.of("class_prepared", "pre_init", "post_init", "pre_save", "post_save", "pre_delete",
                "post_delete", "m2m_changed")) {
            assertTrue(log.stream().anyMatch(line -> line.startsWith(signal + " ")), signal + " missing from " + log);
        }
        assertTrue(log.contains("pre_save Question[What's up?] update_fields=[questionText]"), log.toString());
        assertEquals(List.of("m2m_changed PRE_CLEAR Pizza[Hawaii].toppings pk_set=null",
                        "m2m_changed POST_CLEAR Pizza[Hawaii].toppings pk_set=null"),
                log.stream().filter(line -> line.contains("CLEAR")).toList());
        assertTrue(log.contains("post_delete Choice[The sky] origin=Question[What's up?]"), log.toString());
    }
}
