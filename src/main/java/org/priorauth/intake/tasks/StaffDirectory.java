package org.priorauth.intake.tasks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.priorauth.intake.rules.RuleNode;

/** {@code staff.yaml}: the named owner of each role, per-payer exceptions, and who takes over overdue work. */
public record StaffDirectory(Map<StaffRole, Person> roles, List<PayerOwner> byPayer) {

    public record Person(String owner, String escalateTo) {}

    public record PayerOwner(String payer, StaffRole role, String owner) {}

    /** Everyone the directory names, with the roles they own or take over, in the file's order. */
    public java.util.Map<String, java.util.Set<StaffRole>> people() {
        java.util.Map<String, java.util.Set<StaffRole>> people = new java.util.LinkedHashMap<>();
        roles.forEach((role, p) -> {
            people.computeIfAbsent(p.owner(), k -> java.util.EnumSet.noneOf(StaffRole.class))
                    .add(role);
            if (p.escalateTo() != null)
                people.computeIfAbsent(p.escalateTo(), k -> java.util.EnumSet.noneOf(StaffRole.class))
                        .add(role);
        });
        for (PayerOwner o : byPayer)
            people.computeIfAbsent(o.owner(), k -> java.util.EnumSet.noneOf(StaffRole.class))
                    .add(o.role());
        return people;
    }

    public String ownerFor(StaffRole role, String payer) {
        Optional<PayerOwner> special = byPayer.stream()
                .filter(p -> p.role() == role && p.payer().equalsIgnoreCase(String.valueOf(payer)))
                .findFirst();
        if (special.isPresent()) return special.get().owner();
        Person person = roles.get(role);
        return person == null ? null : person.owner();
    }

    public String escalationFor(StaffRole role) {
        Person person = roles.get(role);
        return person == null ? null : person.escalateTo();
    }

    public static StaffDirectory from(RuleNode root) {
        Map<String, RuleNode> top = root.map(Set.of("roles", "byPayer"));
        Map<StaffRole, Person> roles = new EnumMap<>(StaffRole.class);
        for (Map.Entry<String, RuleNode> entry :
                root.required(top, "roles").map().entrySet()) {
            StaffRole role = roleNamed(entry.getKey(), entry.getValue());
            Map<String, RuleNode> person = entry.getValue().map(Set.of("owner", "escalateTo"));
            String owner = entry.getValue().required(person, "owner").text();
            roles.put(
                    role,
                    new Person(
                            owner,
                            RuleNode.optional(person, "escalateTo")
                                    .map(RuleNode::text)
                                    .orElse(owner)));
        }
        List<PayerOwner> byPayer = new ArrayList<>();
        if (top.containsKey("byPayer")) {
            for (RuleNode item : top.get("byPayer").list()) {
                Map<String, RuleNode> line = item.map(Set.of("payer", "role", "owner"));
                byPayer.add(new PayerOwner(
                        item.required(line, "payer").text(),
                        item.required(line, "role").oneOf(StaffRole.class),
                        item.required(line, "owner").text()));
            }
        }
        return new StaffDirectory(roles, byPayer);
    }

    private static StaffRole roleNamed(String name, RuleNode at) {
        for (StaffRole role : StaffRole.values()) {
            if (role.name().equals(name)) return role;
        }
        throw at.error("'" + name + "' is not a role (" + java.util.Arrays.toString(StaffRole.values()) + ")");
    }
}
