package th.obec.esa.ict.forms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.BusinessException;

class AccountRequestValidationTest {

  private static AccountRequest with(String uid, String mail, Set<ServiceWanted> services) {
    return new AccountRequest(uid, " นายสมศักดิ์ ใจงาม ", null, "ครู", "โรงเรียนบ้านนา", mail, services, "บรรจุใหม่");
  }

  @Test
  void normalisesAValidRequest() {
    AccountRequest r = AccountService.validate(with(" Somsak.J ", "somsak@esa.local", EnumSet.of(ServiceWanted.EMAIL)));
    assertEquals("somsak.j", r.accountUid());
    assertEquals("นายสมศักดิ์ ใจงาม", r.thaiName());
  }

  @Test
  void refusesABadUserIdMailOrNoService() {
    assertEquals("forms.account.uidInvalid", assertThrows(BusinessException.class,
        () -> AccountService.validate(with("1abc", null, EnumSet.of(ServiceWanted.EMAIL)))).key());
    assertEquals("forms.account.uidInvalid", assertThrows(BusinessException.class,
        () -> AccountService.validate(with("สมศักดิ์", null, EnumSet.of(ServiceWanted.EMAIL)))).key());
    assertEquals("forms.account.mailInvalid", assertThrows(BusinessException.class,
        () -> AccountService.validate(with("somsak", "somsak", EnumSet.of(ServiceWanted.EMAIL)))).key());
    assertEquals("forms.account.servicesRequired", assertThrows(BusinessException.class,
        () -> AccountService.validate(with("somsak", null, Set.of()))).key());
  }

  @Test
  void everyAccountIsStaffPlusOneGroupPerService() {
    AccountDetail d = new AccountDetail(1L, AccountService.validate(with("somsak", null,
        EnumSet.of(ServiceWanted.DMC, ServiceWanted.INTERNET))));
    assertEquals(Set.of("staff", "dmc", "internet"), d.groups());
    assertEquals(EnumSet.of(ServiceWanted.DMC, ServiceWanted.INTERNET), d.serviceSet());
  }
}
