-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190100000001000000_client.up.sql
-- down: persistence/sql/migrations/20190100000001000000_client.down.sql
-- +migrate Up
CREATE TABLE IF NOT EXISTS hydra_client (
	id      	      varchar(255) NOT NULL PRIMARY KEY,
	client_name  	  text NOT NULL,
	client_secret  	text NOT NULL,
	redirect_uris  	text NOT NULL,
	grant_types  	text NOT NULL,
	response_types  text NOT NULL,
	scope  			    text NOT NULL,
	owner  			    text NOT NULL,
	policy_uri  	  text NOT NULL,
	tos_uri  		    text NOT NULL,
	client_uri  	  text NOT NULL,
	logo_uri  		  text NOT NULL,
	contacts  		  text NOT NULL,
	public  		    boolean NOT NULL
);

-- +migrate Down
DROP TABLE hydra_client;
