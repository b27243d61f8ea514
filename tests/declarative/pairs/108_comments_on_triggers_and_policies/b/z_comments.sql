COMMENT ON TRIGGER wallets_guard ON wallets IS 'Balances never go below zero';
COMMENT ON POLICY wallets_owner ON wallets IS 'Each owner sees their own wallets';
