package th.obec.esa.ict.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error contract in {@code /openapi}: the schema {@code Problem} (RFC 9457) and, on
 * every operation, the problem answers it can give (400, 401, 403, 404, 409, 413, 422, 429, 500) as
 * {@code application/problem+json}; an error answer an operation declares itself gets the same
 * content. Registered by {@code mp.openapi.filter} in this jar's
 * {@code META-INF/microprofile-config.properties}: it lives in the EAR's lib/ because Payara reads
 * the OpenAPI settings and loads the filter with the application's (EAR's) class loader, which does
 * not see the web module's classes or settings (registered there, it was silently never applied).
 * HardeningIT checks every operation of the served document.
 */
public class ProblemDocumentation implements OASFilter {

  /** = the web module's {@code Problem.MEDIA_TYPE}. */
  static final String MEDIA_TYPE = "application/problem+json";

  private static final Map<String, String> ANSWERS = Map.of(
      "400", "Malformed or unreadable input (the member field names it)",
      "401", "Not signed in (HTTP Basic)",
      "403", "The caller's roles or authority do not allow it",
      "404", "No such resource or id",
      "409", "A concurrent change, or the current state does not allow the action",
      "413", "The body is over ict.upload.max-bytes",
      "422", "A business rule refused it (key and detail say which)",
      "429", "Too many failed sign-ins: wait Retry-After seconds",
      "500", "A fault of the system (no stack trace)");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Schema s = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details; every error under /api")
        .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("urn:ict:problem:<key>"))
        .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING)
            .description("in Thai, or English when Accept-Language asks for it"))
        .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty("key", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("the message key"))
        .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("the input it is about"))
        .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("= detail (older clients)"))
        .addProperty("rows", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).description("per-row errors of an import"));
    openAPI.getComponents().addSchema("Problem", s);
  }

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    for (Map.Entry<String, String> a : ANSWERS.entrySet()) {
      if (responses.getAPIResponse(a.getKey()) == null) {
        responses.addAPIResponse(a.getKey(), OASFactory.createAPIResponse().description(a.getValue()));
      }
    }
    // every error answer, also one an operation declares itself (an @APIResponse of 4xx/5xx), is
    // the one Problem schema as application/problem+json: the mappers answer nothing else
    if (responses.getAPIResponses() != null) {
      for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
        if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
          r.getValue().setContent(OASFactory.createContent().addMediaType(MEDIA_TYPE,
              OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
          if (r.getValue().getDescription() == null) {
            r.getValue().setDescription(ANSWERS.getOrDefault(r.getKey(), "An error (problem details)"));
          }
        }
      }
    }
    return operation;
  }
}
