package th.obec.esa.ict.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import th.obec.esa.ict.delegation.api.OrganizationPort;
import th.obec.esa.ict.delegation.api.StandIn;

/**
 * The organisation as the tests need it, in memory (the same for every date): units with their
 * parent and head, each person's unit, names, and stand-in clauses. {@link #order275()} holds the
 * facts of order 275/2561 this module relies on; tests add made-up people and units of their own.
 */
public class InMemoryOrganization implements OrganizationPort {

  public static final String OFFICE = "CHUMPHON-1";
  public static final String ICT = "ICT";
  public static final String FINANCE = "FINANCE";
  public static final String ADMIN = "ADMIN";
  public static final String ICT_SYSTEMS = "ICT-SYSTEMS";

  private final Map<String, String> heads = new ConcurrentHashMap<>();
  private final Map<String, String> parents = new ConcurrentHashMap<>();
  private final Map<String, String> unitOf = new ConcurrentHashMap<>();
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final List<StandIn> standIns = new CopyOnWriteArrayList<>();
  private final java.util.Set<String> disabled = ConcurrentHashMap.newKeySet();

  /** The office, three of its groups and a sub-unit, their heads and the stand-in clauses of 275/2561. */
  public static InMemoryOrganization order275() {
    return new InMemoryOrganization().loadOrder275();
  }

  public InMemoryOrganization loadOrder275() {
    unit(OFFICE, null, "director");
    unit(ICT, OFFICE, "nanphat");
    unit(FINANCE, OFFICE, "somchai");
    unit(ADMIN, OFFICE, "wiparat");
    unit(ICT_SYSTEMS, ICT, null);
    person("director", OFFICE, "นางสาวพนอ ทิพย์พิมลรัตน์");
    person("nanphat", ICT, "นางนันทน์ภัส เกียรติมาพรศักดิ์");
    person("khwansiri", ICT, "นางขวัญศิริ กองช่าง");
    person("somchai", FINANCE, "นายสมชาย โกฎวิเชียร");
    person("sinlapachai", FINANCE, "นายศิลปชัย เผือกขำ");
    person("wiparat", ADMIN, "นางวิภารัตน์ กวาวหนึ่ง");
    // printed twice: in nanphat's duties (1.10) and in khwansiri's (2.11); the holder's clause first
    standIn("nanphat", "khwansiri", 1, "275/2561", "1.10");
    standIn("nanphat", "khwansiri", 1, "275/2561", "2.11");
    return this;
  }

  public InMemoryOrganization unit(String code, String parent, String head) {
    if (parent != null) {
      parents.put(code, parent);
    }
    if (head != null) {
      heads.put(code, head);
      unitOf.putIfAbsent(head, code);
    } else {
      heads.remove(code);
    }
    return this;
  }

  public InMemoryOrganization head(String unit, String uid) {
    if (uid == null) {
      heads.remove(unit);
    } else {
      heads.put(unit, uid);
    }
    return this;
  }

  /** Marks the person's directory account disabled or removed (as the directory sync does). */
  public InMemoryOrganization disableAccount(String uid) {
    disabled.add(uid);
    return this;
  }

  @Override
  public boolean accountDisabled(String uid) {
    return disabled.contains(uid);
  }

  public InMemoryOrganization person(String uid, String unit, String name) {
    unitOf.put(uid, unit);
    names.put(uid, name);
    return this;
  }

  public InMemoryOrganization standIn(String holder, String standIn, int rank, String order, String duty) {
    standIns.add(new StandIn(holder, standIn, rank, order, duty));
    return this;
  }

  @Override
  public Optional<String> headOf(String unitCode, LocalDate on) {
    return Optional.ofNullable(heads.get(unitCode));
  }

  @Override
  public Optional<String> parentOf(String unitCode, LocalDate on) {
    return Optional.ofNullable(parents.get(unitCode));
  }

  @Override
  public List<StandIn> standInsOf(String holderUid, LocalDate on) {
    List<StandIn> found = new ArrayList<>();
    for (StandIn s : standIns) {
      if (s.holderUid().equals(holderUid)) {
        found.add(s);
      }
    }
    return found;
  }

  @Override
  public List<StandIn> standInClausesNaming(String standInUid, LocalDate on) {
    return standIns.stream().filter(s -> s.standInUid().equals(standInUid)).toList();
  }

  @Override
  public Optional<String> superiorOf(String uid, LocalDate on) {
    String unit = unitOf.get(uid);
    for (int i = 0; unit != null && i < 12; i++) {
      String head = heads.get(unit);
      if (head != null && !head.equals(uid)) {
        return Optional.of(head);
      }
      unit = parents.get(unit);
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> displayName(String uid) {
    return Optional.ofNullable(names.get(uid));
  }
}
