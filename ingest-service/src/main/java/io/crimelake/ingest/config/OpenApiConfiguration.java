package io.crimelake.ingest.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the ingest API in the OpenAPI document springdoc serves at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    @Bean
    OpenAPI ingestApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CrimeLake ingest-service")
                        .version("1")
                        .description("Starts and follows Socrata ingest runs into staging Parquet. Calls that start"
                                + " runs, hand off batches or check the admin session need 'Authorization: Bearer"
                                + " <ADMIN_TOKEN>'; errors are RFC 9457 problem details."));
    }
}
