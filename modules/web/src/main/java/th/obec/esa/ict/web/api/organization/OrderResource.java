package th.obec.esa.ict.web.api.organization;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.organization.order.DutyHit;
import th.obec.esa.ict.organization.order.OrderService;
import th.obec.esa.ict.organization.order.OrderSummary;
import th.obec.esa.ict.organization.order.OrderView;

/** Orders, their assignments, and "who handles …?" over their duty lines. */
@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OrderResource {

  @EJB
  private OrderService orders;

  @GET
  @Operation(summary = "The office's orders", description = "Latest first, with status, period and the order each superseded")
  @APIResponse(responseCode = "200", description = "The orders")
  public List<OrderSummary> orders() {
    return orders.orders();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An order with everything printed in it",
      description = "Heading, legal basis, every person's entry with the numbered duty tree, stand-ins, closing and signer")
  @APIResponse(responseCode = "200", description = "The order")
  @APIResponse(responseCode = "422", description = "No such order")
  public OrderView order(@PathParam("id") long id) {
    return orders.getOrder(id);
  }

  @GET
  @Path("/duties")
  @Operation(summary = "Who handles …?",
      description = "Duty lines of the orders in force on the day that contain every word of q, with person, order and duty number")
  @APIResponse(responseCode = "200", description = "The duty lines found")
  public List<DutyHit> duties(@Parameter(description = "e.g. วีดิโอคอนเฟอร์เรนซ์") @QueryParam("q") String q,
      @Parameter(description = "ISO date (C.E.), today when absent") @QueryParam("date") String date) {
    return orders.whoHeld(q, Days.of(date));
  }
}
