package com.knowpay.payment.fakes;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor;
import com.knowpay.payment.NotificationRejectedException;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.VerifiedNotification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stand-in for the payment core in endpoint tests: runs the real channel's verify, dedupes by
 * inbox key like the core's inbox does, and records what it saw. Can be told to fail recording
 * (the database is down) so the endpoint's failure answer is exercised.
 */
public final class RecordingNotificationProcessor implements NotificationProcessor {

    private final PaymentChannel channel;
    private final Set<String> inbox = Collections.synchronizedSet(new HashSet<>());
    private final List<VerifiedNotification> verified = Collections.synchronizedList(new ArrayList<>());
    private final List<NotificationRejectedException> rejected = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recordingFails;

    public RecordingNotificationProcessor(PaymentChannel channel) {
        this.channel = channel;
    }

    public void recordingFails(boolean fails) {
        this.recordingFails = fails;
    }

    @Override
    public NotificationOutcome process(ChannelType type, NotificationRequest request) {
        if (type != channel.type()) {
            return NotificationOutcome.REJECTED;
        }
        VerifiedNotification notification;
        try {
            notification = channel.verify(request);
        } catch (NotificationRejectedException e) {
            rejected.add(e);
            return NotificationOutcome.REJECTED;
        }
        verified.add(notification);
        if (recordingFails) {
            return NotificationOutcome.FAILED;
        }
        return inbox.add(notification.inboxKey()) ? NotificationOutcome.APPLIED : NotificationOutcome.ACKNOWLEDGED;
    }

    public List<VerifiedNotification> verified() {
        return List.copyOf(verified);
    }

    public List<NotificationRejectedException> rejected() {
        return List.copyOf(rejected);
    }

    public Set<String> inbox() {
        return Set.copyOf(inbox);
    }
}
