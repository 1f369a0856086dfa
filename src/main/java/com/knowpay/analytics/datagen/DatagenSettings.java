package com.knowpay.analytics.datagen;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Volume of the generated data (profile "datagen"; e.g. {@code --datagen.orders=1000000}).
 *
 * @param exit stop the application when done (the usual use: fill a database, then benchmark it)
 */
@ConfigurationProperties("datagen")
public record DatagenSettings(@DefaultValue("1000000") int orders, @DefaultValue("10000") int courses,
                              @DefaultValue("100000") int learners, @DefaultValue("2000") int creators,
                              @DefaultValue("365") int days, @DefaultValue("42") long seed,
                              @DefaultValue("true") boolean exit) {

    public DatagenSettings {
        if (orders < 1 || courses < 2 || learners < 1 || creators < 1 || days < 1 || creators > courses) {
            throw new IllegalArgumentException("datagen: orders, courses (≥ 2), learners, creators (≤ courses) and days must be positive");
        }
    }
}
