-- Sandbox test money (the sandbox outside the embedded demo): the ledger remembers which orders were paid
-- with it, so their refunds also stay away from commission and the creator's balance. The TEST_MONEY
-- account itself is created on first use, like every account the ledger resolves.
ALTER TABLE ledger_order_split ADD COLUMN test_money BOOLEAN NOT NULL DEFAULT FALSE;
