-- The app's own login: owner of the InterimExchange database and nothing else. Run once with the server's admin; idempotent.
IF DB_ID('InterimExchange') IS NULL CREATE DATABASE InterimExchange;
GO
IF SUSER_ID('interimexchange') IS NULL CREATE LOGIN interimexchange WITH PASSWORD = '$(AppPassword)', CHECK_POLICY = ON;
ELSE ALTER LOGIN interimexchange WITH PASSWORD = '$(AppPassword)';
GO
USE InterimExchange;
IF USER_ID('interimexchange') IS NULL CREATE USER interimexchange FOR LOGIN interimexchange;
ALTER ROLE db_owner ADD MEMBER interimexchange;
GO
