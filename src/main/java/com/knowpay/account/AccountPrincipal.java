package com.knowpay.account;

import com.knowpay.shared.security.KnowPayPrincipal;
import com.knowpay.shared.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security and every module see it. Holds no entity. */
record AccountPrincipal(long userId, String username, String displayName, Role role, String password)
        implements UserDetails, KnowPayPrincipal {

    static AccountPrincipal of(UserAccount u) {
        return new AccountPrincipal(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getPasswordHash());
    }

    @Override
    public Set<Role> roles() {
        return Set.of(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + userId + ", " + username + ", " + role + "]";
    }
}
