package th.obec.esa.ict.forms.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import th.obec.esa.ict.forms.port.AssetPort;
import th.obec.esa.ict.forms.port.AssetRegistration;
import th.obec.esa.ict.forms.port.AssetState;
import th.obec.esa.ict.forms.port.AssetSummary;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/** An in-memory register that remembers every status change (and who made it, for whom). */
@ApplicationScoped
public class TestAssets implements AssetPort {

  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final Map<Long, AssetSummary> assets = new ConcurrentHashMap<>();
  private final Map<Long, List<String>> changes = new ConcurrentHashMap<>();
  private final Map<Long, AssetRegistration> registrations = new ConcurrentHashMap<>();

  /** Registers a notebook in use and returns its id. */
  public long add(String name) {
    return add(name, null);
  }

  /** Registers a notebook in use at this price in the register (null: none) and returns its id. */
  public long add(String name, java.math.BigDecimal price) {
    long id = IDS.incrementAndGet();
    assets.put(id, new AssetSummary(id, "7440-001-" + id + "/66", name, AssetState.IN_USE, "ห้องกลุ่ม ICT", price));
    return id;
  }

  public AssetState state(long id) {
    return assets.get(id).state();
  }

  /** "ON_LOAN by khwansiri for nanphat: F04 ศธ 04086/3", one line per change. */
  public List<String> changes(long id) {
    return List.copyOf(changes.getOrDefault(id, List.of()));
  }

  @Override
  public Optional<AssetSummary> find(long assetId) {
    return Optional.ofNullable(assets.get(assetId));
  }

  @Override
  public void markOnLoan(long assetId, Actor actor, String reason) {
    set(assetId, AssetState.ON_LOAN, actor, reason);
  }

  @Override
  public void markUnderRepair(long assetId, Actor actor, String reason) {
    set(assetId, AssetState.UNDER_REPAIR, actor, reason);
  }

  @Override
  public void markBackInUse(long assetId, Actor actor, String reason) {
    set(assetId, AssetState.IN_USE, actor, reason);
  }

  @Override
  public void markBroken(long assetId, Actor actor, String reason) {
    set(assetId, AssetState.BROKEN, actor, reason);
  }

  /** What a registration from a spec asked for, by asset id. */
  public AssetRegistration registration(long id) {
    return registrations.get(id);
  }

  @Override
  public AssetSummary register(AssetRegistration registration, Actor actor) {
    if (!actor.hasRole(Roles.ICT_OFFICER)) {
      throw new AccessDeniedException(actor.uid(), Roles.ICT_OFFICER);
    }
    long id = IDS.incrementAndGet();
    AssetSummary a = new AssetSummary(id, registration.fsnClass() + "-" + registration.group() + "-" + id + "/"
        + (registration.acquiredOn().getYear() + 543) % 100, registration.name(), AssetState.IN_USE,
        registration.location());
    assets.put(id, a);
    registrations.put(id, registration);
    return a;
  }

  private void set(long id, AssetState state, Actor actor, String reason) {
    AssetSummary a = assets.get(id);
    assets.put(id, new AssetSummary(id, a.assetNumber(), a.name(), state, a.location(), a.price()));
    changes.computeIfAbsent(id, k -> new ArrayList<>()).add(state + " by " + actor.uid()
        + (actor.actingFor() == null ? "" : " for " + actor.actingFor()) + ": " + reason);
  }
}
