package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.domain.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A contact person in a request. */
record ContactRequest(
        @Size(max = 100) String userId,
        @Size(max = 100) String name,
        @Size(max = 100) String role,
        @Size(max = 40) String phone,
        @Email @Size(max = 200) String email) {

    static List<Contact> toContacts(List<ContactRequest> contacts) {
        return contacts == null
                ? List.of()
                : contacts.stream()
                        .map(c -> new Contact(c.userId(), c.name(), c.role(), c.phone(), c.email()))
                        .toList();
    }
}
