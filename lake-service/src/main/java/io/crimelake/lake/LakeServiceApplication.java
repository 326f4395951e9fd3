package io.crimelake.lake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the CrimeLake lake-service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LakeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LakeServiceApplication.class, args);
    }
}
