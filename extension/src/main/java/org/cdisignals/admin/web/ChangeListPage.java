package org.cdisignals.admin.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;

import org.cdisignals.admin.ModelAdmin;

/**
 * The changelist of one entity: one page of rows in id order, a checkbox per row, the action drop-down and "Go". Only
 * the rows of the page are loaded.
 */
final class ChangeListPage {

    /** Where {@link #window} leaves page numbers out. */
    static final int GAP = 0;
    /** The pages linked on each side of the one shown. */
    static final int AROUND = 2;

    private ChangeListPage() {
    }

    static String title(ModelAdmin<?> admin) {
        return "Select " + noun(admin) + " to change";
    }

    /** The body of page {@code page} (1-based; clamped to the pages there are). */
    static <T> String body(ModelAdmin<T> admin, EntityManager em, Collection<String> actions, int page, String csrf) {
        Class<T> model = admin.model();
        EntityType<T> entity = em.getMetamodel().entity(model);
        String id = entity.getId(entity.getIdType().getJavaType()).getName();
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<Long> counting = builder.createQuery(Long.class);
        counting.select(builder.count(counting.from(model)));
        long count = em.createQuery(counting).getSingleResult();
        int perPage = Math.max(1, admin.listPerPage());
        int pages = (int) Math.max(1, (count + perPage - 1) / perPage);
        int shown = Math.min(Math.max(page, 1), pages);
        CriteriaQuery<T> query = builder.createQuery(model);
        Root<T> row = query.from(model);
        query.select(row).orderBy(builder.asc(row.get(id)));
        List<T> rows = em.createQuery(query).setFirstResult((shown - 1) * perPage).setMaxResults(perPage)
                .getResultList();
        PersistenceUnitUtil ids = em.getEntityManagerFactory().getPersistenceUnitUtil();

        StringBuilder html = new StringBuilder();
        html.append("<form id=\"changelist-form\" method=\"post\" action=\"action\">")
                .append(Html.hidden(Csrf.FIELD, csrf))
                .append("<div class=\"actions\"><label for=\"action\">Action:</label> ")
                .append("<select name=\"action\" id=\"action\"><option value=\"\">---------</option>");
        actions.forEach(action -> html.append("<option value=\"").append(Html.escape(action)).append("\">")
                .append(Html.escape(label(action))).append("</option>"));
        html.append("</select> <button type=\"submit\" id=\"go\">Go</button></div>\n")
                .append("<table id=\"result_list\"><caption>").append(count).append(' ')
                .append(Html.escape(count == 1 ? noun(admin) : plural(admin))).append("</caption><thead><tr>")
                .append("<th scope=\"col\">Select</th>");
        admin.columns().forEach(column -> html.append("<th scope=\"col\">").append(Html.escape(column)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (T entry : rows) {
            String key = Html.escape(ids.getIdentifier(entry));
            html.append("<tr><td><input type=\"checkbox\" name=\"_selected_action\" value=\"").append(key)
                    .append("\" class=\"action-select\" id=\"select-").append(key)
                    .append("\" aria-label=\"Select ").append(Html.escape(noun(admin))).append(' ').append(key)
                    .append("\"></td>");
            admin.columns().forEach(column -> html.append("<td>").append(Html.escape(admin.display(entry, column)))
                    .append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody></table></form>\n<nav class=\"paginator\" aria-label=\"Pages\">Page ").append(shown)
                .append(" of ").append(pages).append(':');
        for (int number : window(shown, pages)) {
            html.append(' ');
            if (number == GAP) {
                html.append("<span class=\"gap\">…</span>");
            } else if (number == shown) {
                html.append("<span aria-current=\"page\">").append(number).append("</span>");
            } else {
                html.append("<a href=\"?page=").append(number).append("\">").append(number).append("</a>");
            }
        }
        return html.append("</nav>\n").toString();
    }

    /**
     * The page numbers the paginator links, in order, with {@link #GAP} where numbers are left out: the first, the
     * last, and {@value #AROUND} on each side of the one shown, so a list of any length has at most
     * {@code 2 * AROUND + 5} entries (Django's {@code get_elided_page_range}). A gap of one page shows that page.
     */
    static List<Integer> window(int shown, int pages) {
        SortedSet<Integer> numbers = new TreeSet<>(List.of(1, pages));
        for (int number = Math.max(1, shown - AROUND); number <= Math.min(pages, shown + AROUND); number++) {
            numbers.add(number);
        }
        List<Integer> window = new ArrayList<>();
        int previous = 0;
        for (int number : numbers) {
            if (number - previous == 2) {
                window.add(number - 1);
            } else if (number - previous > 2) {
                window.add(GAP);
            }
            window.add(number);
            previous = number;
        }
        return window;
    }

    /** How users read an action's name: {@code mass_update} is "Mass update". */
    static String label(String action) {
        String words = action.replace('_', ' ').trim();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String noun(ModelAdmin<?> admin) {
        return admin.model().getSimpleName().toLowerCase(Locale.ROOT);
    }

    static String plural(ModelAdmin<?> admin) {
        String noun = noun(admin);
        return noun.endsWith("s") ? noun + "es" : noun + "s";
    }
}
