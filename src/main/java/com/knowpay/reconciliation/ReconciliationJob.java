package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentBills;
import com.knowpay.payment.PaymentRecords;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run: at 10:30 China time (the providers publish T−1 bills from about 10:00) every
 * enabled channel's bill of yesterday is reconciled, on one node of the cluster.
 */
@Component
class ReconciliationJob {

    static final String SYSTEM = "system";

    private final ReconciliationRunner runner;
    private final PaymentBills bills;
    private final Clock clock;

    ReconciliationJob(ReconciliationRunner runner, PaymentBills bills, Clock clock) {
        this.runner = runner;
        this.bills = bills;
        this.clock = clock;
    }

    @Scheduled(cron = "${knowpay.reconciliation.cron:0 30 10 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reconciliation-daily", lockAtMostFor = "PT2H")
    void daily() {
        runAll(LocalDate.now(clock.withZone(PaymentRecords.BILL_ZONE)).minusDays(1), SYSTEM, RunProgress.NONE);
    }

    List<ReconciliationRunView> runAll(LocalDate date, String startedBy, RunProgress progress) {
        List<ReconciliationRunView> done = new ArrayList<>();
        for (ChannelType channel : bills.enabledChannels()) {
            done.add(runner.run(channel, date, startedBy, progress));
        }
        return done;
    }
}
