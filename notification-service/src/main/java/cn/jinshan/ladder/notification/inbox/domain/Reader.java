package cn.jinshan.ladder.notification.inbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A user reading their inbox, and every address whose items they see. */
public record Reader(String subject, String username, Set<String> roles, Optional<String> enterpriseId) {

    public Reader {
        roles = Set.copyOf(roles);
    }

    /** Their subject and username, each of their roles, and their firm when they are an enterprise user. */
    public List<Address> addresses() {
        List<Address> addresses = new ArrayList<>();
        addresses.add(Address.subject(subject));
        addresses.add(Address.username(username));
        roles.stream().sorted().map(Address::role).forEach(addresses::add);
        if (roles.contains("ENTERPRISE")) {
            enterpriseId.map(Address::enterprise).ifPresent(addresses::add);
        }
        return List.copyOf(addresses);
    }

    public boolean sees(Notification notification) {
        return notification.addresses().stream().anyMatch(addresses()::contains);
    }
}
