using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>A firm applies; a vetting officer asks for more information; the firm answers; the officer approves; the firm sees itself vetted.</summary>
public sealed class VettingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_firm_is_vetted_after_answering_the_officer_s_question() =>
        browser.JourneyAsync("vetting-journey", async people =>
        {
            var firm = await people.NewPersonAsync();
            await firm.GotoAsync("/");
            await firm.GetByRole(AriaRole.Link, new() { Name = "Apply to join as a specialist firm" }).ClickAsync();
            await firm.GetByLabel("Your name").FillAsync("Ines Duarte");
            await firm.GetByLabel("Your email").FillAsync("ines.duarte@lisbonquality.example");
            await firm.GetByLabel("Choose a password").FillAsync("LisbonQuality2027");
            await firm.GetByLabel("Firm name").FillAsync("Lisbon Quality Interim");
            await firm.GetByLabel("Website").FillAsync("www.lisbonquality.example");
            await firm.GetByLabel("Company registration number").FillAsync("PT-514223");
            await firm.GetByLabel("Headquarters country").FillAsync("Portugal");
            await firm.GetByLabel("Southern Europe").CheckAsync();
            await firm.GetByLabel("Sector 1", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Pharma and life sciences" });
            await firm.GetByLabel("Function 1", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Quality" });
            await firm.GetByLabel("Head of function").CheckAsync();
            await firm.GetByLabel("Your focus on executive interims").FillAsync("Quality heads for sterile sites in Iberia.");
            await firm.GetByLabel("Recent senior placements that show your specialisms").FillAsync("Interim QA director at a Lisbon biologics site, 2026.");
            await firm.GetByLabel("Client 1", new() { Exact = true }).FillAsync("Tejo Biologics");
            await firm.GetByLabel("Contact 1", new() { Exact = true }).FillAsync("Rui Costa");
            await firm.GetByLabel("Contact email 1", new() { Exact = true }).FillAsync("rui.costa@tejo.example");
            await firm.GetByLabel("Client 2", new() { Exact = true }).FillAsync("Algarve Pharma");
            await firm.GetByLabel("Contact 2", new() { Exact = true }).FillAsync("Ana Lima");
            await firm.GetByLabel("Contact email 2", new() { Exact = true }).FillAsync("ana.lima@algarve.example");
            await firm.GetByLabel("Professional indemnity insurance expires on").FillAsync(DateTime.UtcNow.AddMonths(8).ToString("yyyy-MM-dd"));
            await firm.GetByLabel("We handle candidates' personal data as data protection law requires.").CheckAsync();
            await firm.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
            await Assertions.Expect(firm.GetByRole(AriaRole.Status)).ToContainTextAsync("your application is in");
            await firm.SignInAsync("ines.duarte@lisbonquality.example", "LisbonQuality2027");
            await firm.GotoAsync("/firm");
            await Assertions.Expect(firm.Locator("#vetting")).ToContainTextAsync("You will have a decision by");

            // The vetting officer finds it in the queue and asks for evidence.
            var officer = await people.NewPersonAsync();
            await officer.SignInAsync("olivia.grant@interimexchange.example");
            await officer.GetByRole(AriaRole.Link, new() { Name = "Lisbon Quality Interim" }).ClickAsync();
            await officer.GetByLabel("Ask the firm for more information").FillAsync("Which sterile sites have your interims led through an inspection?");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Ask", Exact = true }).ClickAsync();
            await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("Question sent");

            // The firm answers.
            await firm.GotoAsync("/firm");
            await Assertions.Expect(firm.Locator("#vetting")).ToContainTextAsync("Which sterile sites have your interims led through an inspection?");
            await firm.GetByLabel("Your answer").FillAsync("Tejo Biologics (2025, no major findings) and Algarve Pharma (2026).");
            await firm.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
            await Assertions.Expect(firm.GetByRole(AriaRole.Status)).ToContainTextAsync("The review resumes");

            // The officer completes the checklist and approves.
            await officer.ReloadAsync();
            await Assertions.Expect(officer.Locator(".notice")).ToContainTextAsync("Tejo Biologics (2025");
            foreach (var item in new[] { "References checked", "Professional indemnity insurance verified", "Specialisms evidenced by recent senior placements", "Executive-level focus", "No conflicts of interest" })
            {
                await officer.GetByLabel(item).CheckAsync();
            }

            // A refused approval keeps every tick; approving saves the checklist it carries, without a separate save.
            await officer.GetByLabel("Vetting valid until").FillAsync("2020-01-01");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await Assertions.Expect(officer.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vetting must be valid until a future date.");
            await Assertions.Expect(officer.GetByLabel("No conflicts of interest")).ToBeCheckedAsync();
            await Assertions.Expect(officer.GetByLabel("References checked")).ToBeCheckedAsync();
            await officer.GetByLabel("Vetting valid until").FillAsync("");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("Firm approved");

            // The firm sees itself vetted, with the date its vetting runs to.
            await firm.GotoAsync("/firm");
            var validUntil = DateOnly.FromDateTime(browser.App.Clock.GetUtcNow().UtcDateTime).AddMonths(12).ToString("d MMMM yyyy");
            await Assertions.Expect(firm.Locator("#vetting")).ToContainTextAsync($"Your firm is vetted until {validUntil}");
        });
}
