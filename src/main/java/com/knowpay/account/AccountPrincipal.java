package com.knowpay.account;

import com.knowpay.shared.security.KnowPayPrincipal;
import com.knowpay.shared.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security and every module see it. Holds no entity, and no password
 * hash once signed in: only the copy the password check reads carries it, and the authentication
 * manager erases it ({@link CredentialsContainer}) before the principal is kept in the session.
 */
final class AccountPrincipal implements UserDetails, KnowPayPrincipal, CredentialsContainer {

    private final long userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private String password;

    private AccountPrincipal(long userId, String username, String displayName, Role role, String password) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.password = password;
    }

    /** Who the account is, without its password hash: for sessions and bearer tokens. */
    static AccountPrincipal of(UserAccount u) {
        return new AccountPrincipal(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), null);
    }

    /** For the password check only; the hash is erased once the check has passed. */
    static AccountPrincipal withPasswordHash(UserAccount u) {
        return new AccountPrincipal(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getPasswordHash());
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
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
    public void eraseCredentials() {
        password = null;
    }

    /** Same account, name and role; the password hash plays no part. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal p && p.userId == userId && p.username.equals(username)
                && Objects.equals(p.displayName, displayName) && p.role == role;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + userId + ", " + username + ", " + role + "]";
    }
}
