package com.knowpay.risk.internal;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/** Bucket4j proxy manager over table risk_rate_bucket(id, state, expires_at) in portable SQL. */
class SelectForUpdateProxyManager extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String SELECT = "SELECT state FROM risk_rate_bucket WHERE id = ? FOR UPDATE";
    private static final String INSERT = "INSERT INTO risk_rate_bucket (id, state, expires_at) VALUES (?, NULL, ?)";
    private static final String UPDATE = "UPDATE risk_rate_bucket SET state = ?, expires_at = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM risk_rate_bucket WHERE id = ?";

    private final DataSource dataSource;
    private final Clock clock;

    SelectForUpdateProxyManager(DataSource dataSource, Clock clock, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new RowTransaction(key, dataSource.getConnection());
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, key);
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    /** A duplicate insert or a deadlock between two first requests: the other one won, just retry. */
    private static boolean lostRace(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"));
    }

    private final class RowTransaction implements SelectForUpdateBasedTransaction {

        private final String key;
        private final Connection connection;

        RowTransaction(String key, Connection connection) {
            this.key = key;
            this.connection = connection;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement ps = connection.prepareStatement(SELECT)) {
                applyTimeout(ps, timeoutNanos);
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? LockAndGetResult.locked(rs.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                applyTimeout(ps, timeoutNanos);
                ps.setString(1, key);
                ps.setLong(2, clock.millis());
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (lostRace(e)) {
                    return false;
                }
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            long nowNanos = Math.multiplyExact(clock.millis(), 1_000_000L);
            long refilledAtMillis = (nowNanos + state.calculateFullRefillingTime(nowNanos)) / 1_000_000L;
            try (PreparedStatement ps = connection.prepareStatement(UPDATE)) {
                applyTimeout(ps, timeoutNanos);
                ps.setBytes(1, data);
                ps.setLong(2, refilledAtMillis);
                ps.setString(3, key);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(() -> {
                connection.setAutoCommit(true);
                connection.close();
            });
        }

        private void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
