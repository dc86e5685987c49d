package th.obec.esa.ict.assets.depreciation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/** The office's depreciation policies per asset category; ICT officers set them. */
@Stateless
public class DepreciationService {

  @PersistenceContext(unitName = "assets")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  public List<DepreciationPolicy> policies() {
    return em.createNamedQuery("DepreciationPolicy.findAll", DepreciationPolicy.class).getResultList();
  }

  /** The policies by category, for computing many book values with one query. */
  public Map<String, DepreciationPolicy> policiesByCategory() {
    return policies().stream().collect(Collectors.toMap(DepreciationPolicy::getCategory, p -> p));
  }

  public Optional<DepreciationPolicy> findPolicy(String category) {
    if (category == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("DepreciationPolicy.findByCategory", DepreciationPolicy.class)
        .setParameter("category", category).getResultStream().findFirst();
  }

  /** Creates or changes the policy of a category. */
  public DepreciationPolicy setPolicy(String category, int usefulLifeYears, BigDecimal salvageValue, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    if (category == null || category.isBlank()) {
      throw new PolicyInvalidException("category", "assets.depreciation.category.required");
    }
    DepreciationPolicy policy = findPolicy(category.strip()).orElse(null);
    if (policy == null) {
      policy = new DepreciationPolicy(category.strip(), usefulLifeYears, salvageValue);
      em.persist(policy);
    } else {
      policy.change(usefulLifeYears, salvageValue);
    }
    em.flush();
    audit.record(actor, "assets.depreciation.policySet", "depreciation-policy", String.valueOf(policy.getId()),
        category + ": " + usefulLifeYears + " years, salvage " + salvageValue);
    return policy;
  }
}
