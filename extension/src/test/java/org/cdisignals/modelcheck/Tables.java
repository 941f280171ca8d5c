package org.cdisignals.modelcheck;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.cdisignals.support.Providers;
import org.hibernate.Session;

/**
 * The check's view of the database: every row of the domain's tables, read with plain JDBC on the connection of the
 * running transaction (so what the flushes wrote is visible, and reading flushes nothing), or on a connection of its
 * own (what is committed).
 */
final class Tables {

    /** A table, the columns of its key, and the entity attribute each other column holds. */
    record Table(String name, List<String> key, Map<String, String> attributes) {
    }

    static final Table SHELF = new Table("MC_SHELF", List.of("ID"), Map.of("LABEL", "label"));
    static final Table BOOK = new Table("MC_BOOK", List.of("ID"),
            Map.of("TITLE", "title", "PAGES", "pages", "SHELF_ID", "shelf", "SEQUEL_ID", "sequel"));
    static final Table EBOOK = new Table("MC_EBOOK", List.of("ID"), Map.of("FORMAT", "format"));
    static final Table TAG = new Table("MC_TAG", List.of("ID"), Map.of("NAME", "name"));
    static final Table AUDIT = new Table("MC_AUDIT", List.of("ID"), Map.of("SUBJECT", "subject"));
    static final Table BOOK_TAGS = new Table("MC_BOOK_TAGS", List.of("BOOK_ID", "TAG_ID"), Map.of());
    static final Table BOOK_RELATED = new Table("MC_BOOK_RELATED", List.of("BOOK_ID", "RELATED_ID"), Map.of());

    /** In the order rows can be deleted without breaking a foreign key. */
    static final List<Table> ALL = List.of(BOOK_TAGS, BOOK_RELATED, EBOOK, BOOK, SHELF, TAG, AUDIT);

    /** Columns that change without an attribute changing: the version, and EclipseLink's JOINED discriminator. */
    static final List<String> MECHANICAL = List.of("VERSION", "DTYPE");

    /** table name → key → column → value. */
    record Snapshot(Map<String, Map<String, Map<String, String>>> rows) {

        Map<String, Map<String, String>> of(Table table) {
            return rows.get(table.name());
        }
    }

    private Tables() {
    }

    static Snapshot read(Connection connection) {
        Map<String, Map<String, Map<String, String>>> rows = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Table table : ALL) {
                Map<String, Map<String, String>> byKey = new TreeMap<>();
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table.name())) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        Map<String, String> columns = new TreeMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            columns.put(meta.getColumnLabel(i).toUpperCase(Locale.ROOT), result.getString(i));
                        }
                        StringBuilder key = new StringBuilder();
                        for (String column : table.key()) {
                            key.append(key.length() == 0 ? "" : ":").append(columns.get(column));
                        }
                        byKey.put(key.toString(), columns);
                    }
                }
                rows.put(table.name(), byKey);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tables", e);
        }
        return new Snapshot(rows);
    }

    /** The rows as the running transaction of {@code em} sees them, read without flushing. */
    static Snapshot inTransaction(EntityManager em) {
        if (Providers.isHibernate()) {
            return em.unwrap(Session.class).doReturningWork(Tables::read);
        }
        return read(em.unwrap(Connection.class));
    }

    /** Empties every table in a transaction of its own. */
    static void empty(EntityManager em) {
        em.getTransaction().begin();
        // MariaDB checks a self-reference row by row: books that are each other's sequel are unlinked first.
        em.createNativeQuery("UPDATE MC_BOOK SET SEQUEL_ID = NULL").executeUpdate();
        for (Table table : ALL) {
            em.createNativeQuery("DELETE FROM " + table.name()).executeUpdate();
        }
        em.getTransaction().commit();
    }
}
