package com.knowpay.payment;

import org.springframework.data.jpa.repository.JpaRepository;

interface InboxRepository extends JpaRepository<InboxEntry, Long> {

    boolean existsByChannelAndInboxKey(ChannelType channel, String inboxKey);

    long countByPaymentNo(String paymentNo);
}
