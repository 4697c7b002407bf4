package org.planstudio.store.internal;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.net.ssl.SSLHandshakeException;

import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/** Turns Derby's and PostgreSQL's SQL states into store errors people can act on. */
final class SqlErrors {

    /** Derby: another JVM (or class loader) has booted this database. */
    static final String ALREADY_BOOTED = "XSDB6";
    /** Derby: the directory exists but is not a database. */
    private static final String NOT_A_DATABASE = "XBM0J";
    /** PostgreSQL: wrong password. */
    private static final String BAD_PASSWORD = "28P01";
    /** PostgreSQL: no such user, or pg_hba.conf admits no connection of this kind. */
    private static final String NOT_AUTHORISED = "28000";
    /** PostgreSQL: no such database. */
    private static final String NO_DATABASE = "3D000";
    /** Both: insufficient privilege (a missing GRANT, or a row-level security policy). */
    private static final String NO_PRIVILEGE = "42501";
    /** PostgreSQL: the server ended the session (shut down, restarted, or an administrator ended it). */
    private static final String SESSION_ENDED = "57P";

    private SqlErrors() {
    }

    static StoreException onOpen(String location, SQLException e) {
        if (hasState(e, ALREADY_BOOTED)) {
            return new StoreException(Reason.DATABASE_LOCKED, "databaseLocked", new Object[] {location}, e);
        }
        if (hasState(e, NOT_A_DATABASE)) {
            return new StoreException(Reason.IO, "notADatabase", new Object[] {location}, e);
        }
        return new StoreException(Reason.DATABASE, "databaseOpen", new Object[] {location, describe(e)}, e);
    }

    /** Connecting to a PostgreSQL server, or preparing its schema, failed. */
    static StoreException onServerOpen(String location, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals(BAD_PASSWORD)) {
            return new StoreException(Reason.AUTHENTICATION, "serverBadPassword", new Object[] {location}, e);
        }
        if (state.equals(NOT_AUTHORISED)) {
            return new StoreException(Reason.AUTHENTICATION, "serverNotAuthorised",
                    new Object[] {location, describe(e)}, e);
        }
        if (state.equals(NO_DATABASE)) {
            return new StoreException(Reason.NOT_FOUND, "serverNoDatabase", new Object[] {location}, e);
        }
        if (state.equals(NO_PRIVILEGE)) {
            return new StoreException(Reason.PERMISSION_DENIED, "serverNoSchema", new Object[] {location}, e);
        }
        if (hasCause(e, SSLHandshakeException.class)
                && (hasCause(e, CertificateException.class) || hasCause(e, CertPathBuilderException.class))) {
            return new StoreException(Reason.DATABASE, "serverCertificateUntrusted", new Object[] {location}, e);
        }
        // The driver's verify-full name check throws without a cause; its message (translated in some
        // languages) always names the verifier class, e.g. "... by hostnameverifier PgjdbcHostnameVerifier".
        if (state.startsWith("08")
                && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("hostnameverifier")) {
            return new StoreException(Reason.DATABASE, "serverCertificateWrongHost", new Object[] {location}, e);
        }
        // Any other TLS failure (no TLS on the server, a handshake refused): named as TLS, with the driver's words.
        if (isTls(e)) {
            return new StoreException(Reason.DATABASE, "serverTls", new Object[] {location, describe(e)}, e);
        }
        if (state.startsWith("08")) {
            return new StoreException(Reason.DATABASE, "serverUnreachable", new Object[] {location, describe(e)}, e);
        }
        return new StoreException(Reason.DATABASE, "databaseOpen", new Object[] {location, describe(e)}, e);
    }

    static StoreException general(String location, SQLException e) {
        // The rollback of a lost connection cannot reach the server either: nothing of it was committed.
        if (hasStatePrefix(e, "08") || hasStatePrefix(e, SESSION_ENDED)) {
            return new StoreException(Reason.DATABASE, "serverLost", new Object[] {location, describe(e)}, e);
        }
        if (hasState(e, NO_PRIVILEGE)) {
            return new StoreException(Reason.PERMISSION_DENIED, "permissionDenied", new Object[] {describe(e)}, e);
        }
        // PlanSplitter checks lengths first; should a value still not fit, it is the input's fault.
        if (hasStatePrefix(e, "22") || hasStatePrefix(e, "23")) {
            return new StoreException(Reason.INVALID_PLAN, "invalidPlan.database", new Object[] {describe(e)}, e);
        }
        return new StoreException(Reason.DATABASE, "databaseError", new Object[] {location, describe(e)}, e);
    }

    private static boolean hasCause(Throwable top, Class<? extends Throwable> type) {
        for (Throwable t = top; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The driver reports TLS trouble as a connection failure (08xxx) whose cause is the JDK's
     * SSLException or CertificateException, or, when the server has no TLS at all, in its text.
     */
    private static boolean isTls(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.cert.CertificateException
                    || String.valueOf(t.getMessage()).contains("does not support SSL")) {
                return true;
            }
        }
        return false;
    }

    /** Derby reports the cause of a failed boot in the chain of next exceptions and causes. */
    static boolean hasState(Throwable top, String sqlState) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        pending.push(top);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql) {
                if (sqlState.equals(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    pending.push(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
        }
        return false;
    }

    private static boolean hasStatePrefix(SQLException e, String prefix) {
        for (SQLException each = e; each != null; each = each.getNextException()) {
            if (each.getSQLState() != null && each.getSQLState().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(SQLException e) {
        return e.getMessage() + " (SQLState " + e.getSQLState() + ")";
    }
}
