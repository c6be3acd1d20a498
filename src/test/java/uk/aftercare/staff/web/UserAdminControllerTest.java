package uk.aftercare.staff.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.staff.Role;
import uk.aftercare.staff.SignInLocks;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(UserAdminController.class)
@WebTestSupport
@WithMockUser(username = "mo", roles = "MANAGER")
class UserAdminControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StaffAccounts accounts;

	@MockitoBean
	SignInLocks locks;

	@Test
	void keepsThePasswordExactlyAsTypedWhileCleaningTheOtherFields() throws Exception {
		String password = "\u00a0 my secret\u0000 phrase \u200b";

		mvc.perform(post("/admin/users").with(csrf())
			.param("username", " pat\u200b")
			.param("displayName", "\ufeffPat Staff\u00a0")
			.param("email", "\u00a0")
			.param("role", "STAFF")
			.param("password", password))
			.andExpect(redirectedUrl("/admin/users"));

		verify(accounts).create(eq("pat"), eq("Pat Staff"), isNull(), eq(password), eq(Role.STAFF), anyString());
	}

	@Test
	void refusesANameOfOnlyANoBreakSpaceBesideTheField() throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.param("username", "pat")
			.param("displayName", "\u00a0")
			.param("role", "STAFF")
			.param("password", "a long password 1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUser", "displayName", "NotBlank"));
		verify(accounts, never()).create(anyString(), any(), any(), anyString(), any(), any());
	}

}
