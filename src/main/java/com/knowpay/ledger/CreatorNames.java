package com.knowpay.ledger;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;

/** Display names for creator ids; a deleted account still shows its id. */
final class CreatorNames {

    private CreatorNames() {
    }

    static String of(AccountService users, long creatorId) {
        return users.find(creatorId).map(UserView::displayName).orElse("#" + creatorId);
    }
}
