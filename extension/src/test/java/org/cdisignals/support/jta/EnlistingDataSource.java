package org.cdisignals.support.jta;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transaction;

/**
 * What a server's JTA data source does, for one database and one resource: inside a transaction every checkout
 * returns the same connection, enlisted in the transaction (committed or rolled back with it, then closed); outside
 * one, a plain auto-commit connection. A single resource is committed in one phase, so a local JDBC transaction is
 * enough and any database of the suite serves.
 */
public final class EnlistingDataSource implements DataSource {

    private final String url;
    private final String user;
    private final String password;

    public EnlistingDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            Transaction transaction = Jta.manager().getTransaction();
            if (transaction == null || transaction.getStatus() == Status.STATUS_NO_TRANSACTION) {
                return DriverManager.getConnection(url, user, password);
            }
            Connection enlisted = (Connection) Jta.registry().getResource(this);
            if (enlisted == null) {
                // As a server's pool: a transaction that can only roll back enlists nothing more.
                if (transaction.getStatus() != Status.STATUS_ACTIVE) {
                    throw new SQLException("The transaction can no longer enlist a connection: " + transaction);
                }
                Connection physical = DriverManager.getConnection(url, user, password);
                physical.setAutoCommit(false);
                transaction.enlistResource(new LocalResource(physical));
                Jta.registry().registerInterposedSynchronization(new Closing(physical));
                enlisted = unclosable(physical);
                Jta.registry().putResource(this, enlisted);
            }
            return enlisted;
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException(e);
        }
    }

    /** The provider closes its handle after each statement or flush; the transaction still needs the connection. */
    private static Connection unclosable(Connection physical) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "isClosed":
                            return false;
                        default:
                            try {
                                return method.invoke(physical, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }

    private record Closing(Connection physical) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            try {
                physical.close();
            } catch (SQLException ignored) {
                // The transaction has completed; a connection that fails to close changes nothing in it.
            }
        }
    }

    /** The connection's local transaction as the transaction's one resource. */
    private record LocalResource(Connection connection) implements XAResource {

        @Override
        public void commit(Xid xid, boolean onePhase) throws XAException {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void rollback(Xid xid) throws XAException {
            try {
                connection.rollback();
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public int prepare(Xid xid) {
            return XA_OK;
        }

        @Override
        public void start(Xid xid, int flags) {
        }

        @Override
        public void end(Xid xid, int flags) {
        }

        @Override
        public void forget(Xid xid) {
        }

        @Override
        public Xid[] recover(int flag) {
            return new Xid[0];
        }

        @Override
        public boolean isSameRM(XAResource other) {
            return other == this;
        }

        @Override
        public int getTransactionTimeout() {
            return 0;
        }

        @Override
        public boolean setTransactionTimeout(int seconds) {
            return false;
        }

        private static XAException failed(SQLException e) {
            XAException failure = new XAException(XAException.XAER_RMERR);
            failure.initCause(e);
            return failure;
        }
    }
}
