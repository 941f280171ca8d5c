package org.cdisignals.it.example;

import java.sql.Connection;
import java.sql.SQLException;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The one class of {@code RedeployIT}'s warm-up WAR: its JSP opens a connection and holds its worker thread a while. */
public final class RedeployWarmUp {

    private RedeployWarmUp() {
    }

    public static String connect() throws NamingException, SQLException, InterruptedException {
        DataSource dataSource = (DataSource) new InitialContext().lookup("java:comp/DefaultDataSource");
        try (Connection connection = dataSource.getConnection()) {
            connection.getMetaData();
        }
        // Long enough that the warm-up's concurrent requests each need a worker thread of their own.
        Thread.sleep(200);
        return "connected";
    }
}
