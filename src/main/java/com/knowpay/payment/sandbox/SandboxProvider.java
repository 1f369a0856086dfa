package com.knowpay.payment.sandbox;

import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.CloseOutcome;
import com.knowpay.payment.CreatePayment;
import com.knowpay.payment.ProviderTrade;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.TradeState;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fake provider's side: its trades, its wallet actions and its notifications. Each call is a
 * transaction of the provider's own (as if on another server), never part of the merchant's.
 */
public class SandboxProvider {

    static final ZoneId PROVIDER_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PROVIDER_ZONE);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the wallet page shows. */
    public record WalletTrade(String outTradeNo, String subject, Money amount, String status, boolean payable,
                              Instant expiresAt) {
    }

    private final SandboxTradeRepository trades;
    private final SandboxRefundRepository refunds;
    private final SandboxKeys keys;
    private final SandboxSettings settings;
    private final SandboxNotifier notifier;
    private final SandboxFaults faults;
    private final TransactionTemplate tx;
    private final Clock clock;

    SandboxProvider(SandboxTradeRepository trades, SandboxRefundRepository refunds, SandboxKeys keys,
                    SandboxSettings settings, SandboxNotifier notifier, SandboxFaults faults,
                    PlatformTransactionManager txManager, Clock clock) {
        this.trades = trades;
        this.refunds = refunds;
        this.keys = keys;
        this.settings = settings;
        this.notifier = notifier;
        this.faults = faults;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Creates the trade (same out_trade_no again: the same trade). */
    String create(CreatePayment p) {
        return retry(() -> trades.findByOutTradeNo(p.outTradeNo()).map(SandboxTrade::tradeNo).orElseGet(() ->
                trades.saveAndFlush(new SandboxTrade(p.outTradeNo(), newNo("SBX"), p.amount().fen(), p.subject(),
                        clock.instant(), p.expiresAt())).tradeNo()));
    }

    public Optional<WalletTrade> wallet(String outTradeNo) {
        return read(() -> trades.findByOutTradeNo(outTradeNo).map(this::toWallet));
    }

    /** The buyer pays in the wallet; the provider then notifies the merchant. */
    public WalletTrade pay(String outTradeNo) {
        return actAndNotify(outTradeNo, (t, now) -> t.pay(now));
    }

    /** The buyer's payment fails (card declined, insufficient balance). */
    public WalletTrade decline(String outTradeNo) {
        return actAndNotify(outTradeNo, (t, now) -> t.decline(now));
    }

    /** The notification the provider would send now for this trade, signed. */
    public Map<String, String> signedNotification(String outTradeNo) {
        SandboxTrade t = read(() -> trades.findByOutTradeNo(outTradeNo)).orElseThrow();
        return sign(notificationParams(t));
    }

    /** Unsigned notification parameters (tests tamper with them, then sign them themselves). */
    Map<String, String> notificationParams(SandboxTrade t) {
        Map<String, String> p = new LinkedHashMap<>();
        Instant now = clock.instant();
        p.put("notify_time", TIME.format(now));
        p.put("notify_type", "trade_status_sync");
        p.put("notify_id", UUID.randomUUID().toString().replace("-", ""));
        p.put("app_id", settings.appId());
        p.put("seller_id", settings.sellerId());
        p.put("trade_no", t.tradeNo());
        p.put("out_trade_no", t.outTradeNo());
        p.put("trade_status", switch (t.statusAt(now)) {
            case PAID -> "TRADE_SUCCESS";
            case FAILED -> "TRADE_FAILED";
            case CLOSED -> "TRADE_CLOSED";
            case WAITING -> "WAIT_BUYER_PAY";
        });
        p.put("total_amount", Money.fen(t.amountFen()).toYuanString());
        p.put("currency", Money.CNY);
        p.put("subject", t.subject());
        if (t.paidAt() != null) {
            p.put("gmt_payment", TIME.format(t.paidAt()));
        }
        return p;
    }

    Map<String, String> sign(Map<String, String> params) {
        Map<String, String> signed = new LinkedHashMap<>(params);
        signed.put("sign_type", "RSA2");
        signed.put("sign", SandboxSignature.sign(params, keys.providerPrivateKey()));
        return signed;
    }

    ProviderTrade query(String outTradeNo) {
        return read(() -> trades.findByOutTradeNo(outTradeNo)).map(this::toProviderTrade)
                .orElseGet(() -> ProviderTrade.notFound(outTradeNo));
    }

    CloseOutcome close(String outTradeNo) {
        if (faults.closeFails()) {
            throw new ChannelException(ChannelType.SANDBOX, "SYSTEM_ERROR", "Sandbox provider unreachable (fault switch)", true);
        }
        return retry(() -> {
            Optional<SandboxTrade> found = trades.findByOutTradeNo(outTradeNo);
            if (found.isEmpty()) {
                return CloseOutcome.CLOSED;
            }
            SandboxTrade t = found.get();
            Instant now = clock.instant();
            return switch (t.statusAt(now)) {
                case PAID -> CloseOutcome.ALREADY_PAID;
                case WAITING -> {
                    t.close(now);
                    trades.saveAndFlush(t);
                    yield CloseOutcome.CLOSED;
                }
                case CLOSED, FAILED -> CloseOutcome.CLOSED;
            };
        });
    }

    RefundOutcome refund(ProviderRefundCall r) {
        return retry(() -> {
            Optional<SandboxRefund> done = refunds.findByOutRefundNo(r.outRefundNo());
            if (done.isPresent()) {
                return succeeded(done.get());
            }
            Optional<SandboxTrade> trade = trades.findByOutTradeNo(r.outTradeNo());
            if (trade.isEmpty() || trade.get().statusAt(clock.instant()) != SandboxTrade.Status.PAID) {
                return new RefundOutcome(r.outRefundNo(), RefundOutcome.Status.FAILED, null, r.refundAmount(),
                        "Trade " + r.outTradeNo() + " is not paid");
            }
            SandboxTrade t = trade.get();
            if (r.refundAmount().fen() <= 0 || r.refundAmount().fen() > t.amountFen() - t.refundedFen()) {
                return new RefundOutcome(r.outRefundNo(), RefundOutcome.Status.FAILED, null, r.refundAmount(),
                        "Refund exceeds what is left of trade " + r.outTradeNo());
            }
            t.refund(r.refundAmount().fen());
            trades.saveAndFlush(t);
            return succeeded(refunds.saveAndFlush(new SandboxRefund(r.outRefundNo(), r.outTradeNo(), newNo("SBXR"),
                    r.refundAmount().fen(), clock.instant())));
        });
    }

    RefundOutcome queryRefund(String outTradeNo, String outRefundNo) {
        return read(() -> refunds.findByOutRefundNo(outRefundNo)).filter(r -> r.outTradeNo().equals(outTradeNo))
                .map(this::succeeded)
                .orElseGet(() -> new RefundOutcome(outRefundNo, RefundOutcome.Status.NOT_FOUND, null, null, null));
    }

    Bill bill(LocalDate date) {
        Instant from = date.atStartOfDay(PROVIDER_ZONE).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(PROVIDER_ZONE).toInstant();
        return read(() -> {
            List<Bill.Line> lines = new ArrayList<>();
            trades.findByPaidAtGreaterThanEqualAndPaidAtLessThan(from, to).forEach(t -> lines.add(new Bill.Line(
                    Bill.LineType.PAYMENT, t.outTradeNo(), t.tradeNo(), null, Money.fen(t.amountFen()), t.paidAt(),
                    t.subject())));
            refunds.findByCreatedAtGreaterThanEqualAndCreatedAtLessThan(from, to).forEach(r -> {
                String tradeNo = trades.findByOutTradeNo(r.outTradeNo()).map(SandboxTrade::tradeNo).orElse(null);
                lines.add(new Bill.Line(Bill.LineType.REFUND, r.outTradeNo(), tradeNo, r.outRefundNo(),
                        Money.fen(r.amountFen()), r.createdAt(), null));
            });
            return new Bill(ChannelType.SANDBOX, date, lines);
        });
    }

    private interface TradeAction {
        void apply(SandboxTrade trade, Instant now);
    }

    private WalletTrade actAndNotify(String outTradeNo, TradeAction action) {
        SandboxTrade t = retry(() -> {
            SandboxTrade trade = trades.findByOutTradeNo(outTradeNo).orElseThrow(() ->
                    DomainException.notFound("sandbox-trade-not-found", "There is no such payment in the sandbox wallet."));
            Instant now = clock.instant();
            if (!trade.payable(now)) {
                throw DomainException.conflict("sandbox-trade-closed",
                        "This payment can no longer be paid: it is closed, expired or already settled.");
            }
            action.apply(trade, now);
            return trades.saveAndFlush(trade);
        });
        notifier.send(sign(notificationParams(t)));
        return toWallet(t);
    }

    private ProviderTrade toProviderTrade(SandboxTrade t) {
        TradeState state = switch (t.statusAt(clock.instant())) {
            case WAITING -> TradeState.WAITING;
            case PAID -> t.refundedFen() > 0 ? TradeState.REFUNDED : TradeState.PAID;
            case CLOSED -> TradeState.CLOSED;
            case FAILED -> TradeState.FAILED;
        };
        return new ProviderTrade(t.outTradeNo(), state, t.tradeNo(), Money.fen(t.amountFen()), t.paidAt());
    }

    private WalletTrade toWallet(SandboxTrade t) {
        Instant now = clock.instant();
        return new WalletTrade(t.outTradeNo(), t.subject(), Money.fen(t.amountFen()), t.statusAt(now).name(),
                t.payable(now), t.expiresAt());
    }

    private RefundOutcome succeeded(SandboxRefund r) {
        return new RefundOutcome(r.outRefundNo(), RefundOutcome.Status.SUCCEEDED, r.refundNo(), Money.fen(r.amountFen()), null);
    }

    private <T> T read(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    /** The provider's own optimistic locking: a concurrent pay and close never both win. */
    private <T> T retry(Supplier<T> work) {
        RuntimeException last = null;
        for (int i = 0; i < 5; i++) {
            try {
                return tx.execute(status -> work.get());
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                last = e;
            }
        }
        throw new ChannelException(ChannelType.SANDBOX, "SYSTEM_BUSY", "Sandbox provider busy, try again", true, last);
    }

    private static String newNo(String prefix) {
        return prefix + System.currentTimeMillis() + String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
