package com.knowpay.ledger;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface OrderSplitRepository extends Repository<OrderSplit, Long> {

    OrderSplit save(OrderSplit split);

    Optional<OrderSplit> findByOrderNo(String orderNo);
}
