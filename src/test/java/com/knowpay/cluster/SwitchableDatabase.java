package com.knowpay.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Extra source for a test node (deliberately not a scanned {@code @Configuration}): wraps the
 * node's DataSource so a test can make the database unreachable and bring it back. While down,
 * every new connection fails the way a dead server does.
 */
class SwitchableDatabase {

    static final AtomicBoolean DOWN = new AtomicBoolean();

    @Bean
    static BeanPostProcessor switchableDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof Switchable) ? new Switchable(ds) : bean;
            }
        };
    }

    static final class Switchable extends DelegatingDataSource {

        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            check();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            check();
            return super.getConnection(username, password);
        }

        private static void check() throws SQLTransientConnectionException {
            if (DOWN.get()) {
                throw new SQLTransientConnectionException("Database unreachable (test switch)");
            }
        }
    }
}
