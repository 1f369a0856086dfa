package com.knowpay.risk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface RiskRuleSettingRepository extends Repository<RiskRuleSettingEntry, String> {

    RiskRuleSettingEntry save(RiskRuleSettingEntry entry);

    Optional<RiskRuleSettingEntry> findById(String name);

    List<RiskRuleSettingEntry> findAll();
}
