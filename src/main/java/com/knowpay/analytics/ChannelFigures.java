package com.knowpay.analytics;

import java.time.Duration;
import java.util.Optional;

/**
 * One payment channel over a range. {@code successRate} = orders paid ÷ payment attempts whose QR code
 * was shown; {@code medianTimeToPay} = checkout started → paid, as the upper bound of the median's bucket.
 */
public record ChannelFigures(String channel, long attempts, long ordersPaid, long grossFen, long refundsFen,
                             Optional<Duration> medianTimeToPay) {

    public double successRate() {
        return attempts == 0 ? 0 : Math.min(1.0, (double) ordersPaid / attempts);
    }
}
