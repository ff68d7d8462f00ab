package id.pembina.registry.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.Messages;

/** As {@code GET /units}: the organisation-unit tree, each unit below its parent. */
@Service
@Command(scope = "pembina", name = "unit-list", description = "Pohon unit organisasi / The organisation-unit tree")
public class UnitListCommand implements Action {

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Override
    public Object execute() {
        List<OrganizationUnit> units = registry.units();
        tree(units).forEach(System.out::println);
        System.out.println(messages.bilingual("registry.console.units", units.size()));
        return null;
    }

    /** One line per unit, indented two spaces per level; siblings keep the registry's order. */
    static List<String> tree(List<OrganizationUnit> units) {
        Map<String, List<OrganizationUnit>> children = new LinkedHashMap<>();
        Map<String, OrganizationUnit> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        List<OrganizationUnit> roots = new ArrayList<>();
        for (OrganizationUnit u : units) {
            if (u.parentCode() == null || !byCode.containsKey(u.parentCode())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
        }
        List<String> out = new ArrayList<>();
        roots.forEach(r -> add(r, 0, children, out));
        return out;
    }

    private static void add(OrganizationUnit u, int depth, Map<String, List<OrganizationUnit>> children, List<String> out) {
        out.add("  ".repeat(depth) + u.code() + "  " + u.name());
        children.getOrDefault(u.code(), List.of()).forEach(c -> add(c, depth + 1, children, out));
    }
}
