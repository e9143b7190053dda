package dev.tradebook.ledger.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AccountGroupRepository implements PanacheRepositoryBase<AccountGroup, String> {

    public List<AccountGroup> allByCode() {
        return listAll(Sort.by("code"));
    }
}
