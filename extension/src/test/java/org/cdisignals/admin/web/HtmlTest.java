package org.cdisignals.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Everything a user or a row brings to a page is escaped, so a question text cannot inject markup. */
class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void pageEscapesTitleUserAndMessagesButNotTheBody() {
        String page = Html.page("/admin/", "<b>eve</b>", "A < B", List.of(new Flash.Message("error", "<i>no</i>")),
                "<p>body</p>");

        assertTrue(page.contains("<h1>A &lt; B</h1>"));
        assertTrue(page.contains("&lt;b&gt;eve&lt;/b&gt;"));
        assertTrue(page.contains("<li class=\"error\">&lt;i&gt;no&lt;/i&gt;</li>"));
        assertTrue(page.contains("<p>body</p>"));
        assertFalse(page.contains("<b>eve</b>"));
    }

    @Test
    void hiddenFieldsCannotBreakOutOfTheirAttribute() {
        assertEquals("<input type=\"hidden\" name=\"_selected_action\" value=\"1&quot;&gt;&lt;x\">",
                Html.hidden("_selected_action", "1\"><x"));
    }
}
