package com.interviewbank.practice;

import org.springframework.data.jpa.repository.JpaRepository;

interface SharedSetRepository extends JpaRepository<SharedSet, String> {

}
