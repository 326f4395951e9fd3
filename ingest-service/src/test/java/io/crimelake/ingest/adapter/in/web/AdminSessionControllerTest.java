package io.crimelake.ingest.adapter.in.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AdminSessionController.class)
@Import(AdminSessionControllerTest.Beans.class)
class AdminSessionControllerTest {
    private static final String TOKEN = "s3cret-token";
    private static final String SESSION = "/api/ingest/admin/session";

    @TestConfiguration
    static class Beans {
        @Bean
        WebSettings webSettings() {
            return new WebSettings(TOKEN, Path.of("import"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void acceptsTheAdminTokenWith204AndNoBody() throws Exception {
        mvc.perform(get(SESSION).header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
    }

    @Test
    void refusesARequestWithoutATokenWith401Problem() throws Exception {
        mvc.perform(get(SESSION))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Authentication required"));
    }

    @Test
    void refusesAWrongTokenWith403Problem() throws Exception {
        mvc.perform(get(SESSION).header("Authorization", "Bearer s3cret-tokeN"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("the bearer token is not the admin token"));
    }
}
